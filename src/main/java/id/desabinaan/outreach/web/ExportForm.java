package id.desabinaan.outreach.web;

/** The period and format of an export, as in the address. */
public class ExportForm {

	private String dari;

	private String sampai;

	private String format = "xlsx";

	public String getDari() {
		return this.dari;
	}

	public void setDari(String dari) {
		this.dari = dari;
	}

	public String getSampai() {
		return this.sampai;
	}

	public void setSampai(String sampai) {
		this.sampai = sampai;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

}
