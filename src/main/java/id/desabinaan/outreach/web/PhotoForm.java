package id.desabinaan.outreach.web;

import org.springframework.web.multipart.MultipartFile;

/** A photo added to an existing activity. */
public class PhotoForm {

	private MultipartFile photo;

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

}
