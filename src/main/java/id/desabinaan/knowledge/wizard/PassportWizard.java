package id.desabinaan.knowledge.wizard;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.desabinaan.knowledge.PassportAdvice;
import id.desabinaan.knowledge.PassportGuide;
import id.desabinaan.knowledge.PassportQuestions;
import id.desabinaan.knowledge.regulation.RegulatedReads;

/**
 * The requirements wizard: {@link PassportRules} applied to the regulated data valid on
 * the day. Used by the wizard page, the requirements API and other modules (posters).
 */
@Service
@Transactional(readOnly = true)
public class PassportWizard implements PassportGuide {

	private final RegulatedReads data;

	PassportWizard(RegulatedReads data) {
		this.data = data;
	}

	@Override
	public PassportAdvice advise(PassportQuestions questions, LocalDate date) {
		return PassportRules.advise(questions, date, this.data.feesOn(date), this.data.announcedAfter(date),
				this.data.requirementsOn(date), this.data.facilitationsOn(date));
	}

	@Override
	public LocalDate today() {
		return this.data.today();
	}

}
