package id.desabinaan;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the Desa Binaan Imigrasi platform.
 */
@SpringBootApplication
public class Application {

	/**
	 * Options that run a one-off task, print its result and end the process with its exit
	 * code (e.g. {@code --verify-report-trail}, see the early-warning queue's
	 * {@code ReportTrailCommand}): no web server is started for them.
	 */
	static final List<String> TASKS = List.of("--verify-report-trail");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(Application.class);
		if (Arrays.stream(args).anyMatch((arg) -> TASKS.contains(arg.split("=", 2)[0]))) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		application.run(args);
	}

}
