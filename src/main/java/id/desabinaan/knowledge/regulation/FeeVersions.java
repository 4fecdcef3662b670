package id.desabinaan.knowledge.regulation;

interface FeeVersions extends RegulatedVersions<FeeVersion> {

}
