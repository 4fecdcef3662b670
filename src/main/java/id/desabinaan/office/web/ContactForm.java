package id.desabinaan.office.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.desabinaan.office.internal.Office.Contact;
import id.desabinaan.office.internal.OfficeView;

/**
 * The contact part of an office (address, phone, e-mail), the part an office head may
 * change for his own Kanim.
 */
public class ContactForm {

	@Size(max = 300, message = "{office.validation.tooLong}")
	private String address;

	@Size(max = 40, message = "{office.validation.tooLong}")
	@Pattern(regexp = "|[0-9+() .-]{5,40}", message = "{office.validation.phone}")
	private String phone;

	@Size(max = 200, message = "{office.validation.tooLong}")
	@Email(message = "{office.validation.email}")
	private String email;

	static ContactForm of(OfficeView office) {
		ContactForm form = new ContactForm();
		form.address = office.address();
		form.phone = office.phone();
		form.email = office.email();
		return form;
	}

	Contact toContact() {
		return new Contact(this.address, this.phone, this.email);
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
