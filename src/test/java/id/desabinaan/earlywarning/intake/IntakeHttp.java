package id.desabinaan.earlywarning.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP to the running application for the intake's tests: forms as a browser sends
 * them (multipart with files), without following redirects, and no cookies kept.
 */
final class IntakeHttp {

	private static final Pattern CODE = Pattern.compile("kode=([A-Z0-9]+)");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	IntakeHttp(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + this.port + path);
	}

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** A file part of a multipart form. */
	record FilePart(String name, String fileName, String contentType, byte[] content) {
	}

	/** Posts a multipart form (fields may repeat through a list of pairs). */
	HttpResponse<String> postMultipart(String path, List<String[]> fields, List<FilePart> files, String... headers) {
		String boundary = "----intake" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (String[] field : fields) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
						+ field[1] + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (FilePart file : files) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
						+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(file.content());
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> postJson(String path, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The receipt code of a redirect to the receipt page. */
	static String receiptCode(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		Matcher matcher = CODE.matcher(location);
		if (!matcher.find()) {
			throw new IllegalStateException("No receipt code in " + location);
		}
		return matcher.group(1);
	}

	/** The fields of a minimal valid anonymous recruiter report for Pakuncen. */
	static List<String[]> recruiterForm(String description, String formKey) {
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "formKey", formKey });
		fields.add(new String[] { "category", "RECRUITER" });
		fields.add(new String[] { "villageQuery", "33.07.06.2009" });
		fields.add(new String[] { "description", description });
		fields.add(new String[] { "details[phoneNumbers]", "0899-1111-2222" });
		fields.add(new String[] { "indicators[INDIVIDUAL_RECRUITER]", "YES" });
		fields.add(new String[] { "indicators[NO_CONTRACT]", "NO" });
		return fields;
	}

}
