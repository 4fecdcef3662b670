package id.desabinaan.knowledge.regulation;

interface VisaFacilitationVersions extends RegulatedVersions<VisaFacilitationVersion> {

}
