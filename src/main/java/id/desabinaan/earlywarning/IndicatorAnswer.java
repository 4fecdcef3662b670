package id.desabinaan.earlywarning;

/** An answer to one warning sign of the report checklist. */
public enum IndicatorAnswer {

	YES, NO, UNKNOWN

}
