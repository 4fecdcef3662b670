package id.desabinaan.earlywarning.triage;

/** What a partner agency answered to a referral. */
public enum PartnerAnswer {

	ACCEPTED, DECLINED

}
