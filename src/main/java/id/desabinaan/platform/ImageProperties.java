package id.desabinaan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded images ({@code desabinaan.images.*}).
 *
 * @param maxSize the largest upload accepted
 * @param maxDimension longer sides are scaled down to this many pixels
 * @param maxPixels images with more pixels are refused before decoding
 * @param thumbnailSize the longer side of thumbnails
 */
@ConfigurationProperties("desabinaan.images")
public record ImageProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("2560") int maxDimension,
		@DefaultValue("50000000") long maxPixels, @DefaultValue("320") int thumbnailSize) {

	public ImageProperties {
		if (maxSize.toBytes() < 1 || maxDimension < 16 || maxPixels < 256 || thumbnailSize < 16) {
			throw new IllegalArgumentException("desabinaan.images.* limits must be positive");
		}
	}

}
