package no.maturo.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The whole content of a draft version as the editor sends it; {@link DraftValidation} checks it. */
@Schema(name = "DraftContentRequest")
record DraftContent(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "An index up to this value (1-5 scale) is LOW; more than 1, less than mediumUpTo")
        BigDecimal lowUpTo,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "An index above lowUpTo and up to this value is MEDIUM, above is HIGH; less than 5")
        BigDecimal mediumUpTo,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In order; at most 20")
        List<Dimension> dimensions) {

    @Schema(name = "DraftDimensionRequest")
    record Dimension(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "kebab-case, unique in the version",
                    example = "leadership-and-culture")
            String key,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "By locale (en, nb, da, sv); at least one, at most 500 characters each")
            Map<String, String> name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "More than 0, at most 100")
            BigDecimal weight,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In order")
            List<Item> items) {}

    @Schema(name = "DraftItemRequest")
    record Item(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "kebab-case, unique in the version")
            String key,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "By locale (en, nb, da, sv); at least one, at most 500 characters each")
            Map<String, String> employeeText,

            @Schema(description = "The outside-in wording for customers, by locale; empty or absent when not asked")
            Map<String, String> customerText,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean reverseScored,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "More than 0, at most 100")
            BigDecimal weight,

            String benchmarkKey,

            @Schema(
                    description = "The statement of the version this draft was derived from that this one carries"
                            + " over (keeps its lineage); absent for a new statement")
            UUID derivedFromId) {}
}
