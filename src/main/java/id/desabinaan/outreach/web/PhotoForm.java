package id.desabinaan.outreach.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import id.desabinaan.outreach.PhotoUpload;

/** A photo added to an existing activity. */
public class PhotoForm {

	private MultipartFile photo;

	/** The uploaded file as the service takes it, {@code null} when none was chosen. */
	static PhotoUpload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new PhotoUpload(file.getBytes(), file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public MultipartFile getPhoto() {
		return this.photo;
	}

	public void setPhoto(MultipartFile photo) {
		this.photo = photo;
	}

}
