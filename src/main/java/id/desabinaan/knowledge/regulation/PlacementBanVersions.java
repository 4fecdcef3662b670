package id.desabinaan.knowledge.regulation;

interface PlacementBanVersions extends RegulatedVersions<PlacementBanVersion> {

}
