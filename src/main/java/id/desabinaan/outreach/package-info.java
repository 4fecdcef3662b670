/**
 * Outreach in partner villages: activities (sosialisasi, visits, forums, school sessions,
 * mobile passport service days, installations) with officers, partner institutions,
 * topics, materials, photos and attendance counts; the officer's "my villages"; exports;
 * the outreach figures of the public village page. Participant lists and quizzes live in
 * the sub-packages {@code participant} and {@code quiz}.
 */
package id.desabinaan.outreach;
