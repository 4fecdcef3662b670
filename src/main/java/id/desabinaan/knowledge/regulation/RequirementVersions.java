package id.desabinaan.knowledge.regulation;

interface RequirementVersions extends RegulatedVersions<RequirementVersion> {

}
