package id.desabinaan.outreach;

/**
 * Material handed out at an activity.
 *
 * @param name what it was (leaflet, poster, sticker ...)
 * @param quantity how many
 */
public record Material(String name, int quantity) {
}
