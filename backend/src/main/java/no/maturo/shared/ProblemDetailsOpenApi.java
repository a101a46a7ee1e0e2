package no.maturo.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * States the error contract in the OpenAPI document: every operation may answer with an RFC 9457 problem detail
 * ({@code default} response), and error responses that controllers declare carry that schema too. The generated
 * frontend client types its errors from this.
 */
@Component
class ProblemDetailsOpenApi implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(
                "FieldError",
                new ObjectSchema()
                        .description("One invalid field of the request")
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())
                        .required(List.of("field", "message")));
        components.addSchemas(
                "ProblemDetail",
                new ObjectSchema()
                        .description("RFC 9457 problem details")
                        .addProperty("type", new StringSchema().format("uri"))
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("detail", new StringSchema())
                        .addProperty("instance", new StringSchema().format("uri"))
                        .addProperty(
                                "errors",
                                new ArraySchema()
                                        .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                                        .description("Present on validation errors: which fields, and why"))
                        .addProperty(
                                "retryAfterSeconds",
                                new IntegerSchema().description("Present on 429: the same as Retry-After")));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    operation.getResponses().forEach((status, response) -> {
                        if (!status.startsWith("2") && response.getContent() == null) {
                            response.setContent(problemContent());
                        }
                    });
                    operation
                            .getResponses()
                            .addApiResponse(
                                    "default",
                                    new ApiResponse()
                                            .description("Any error, as problem details")
                                            .content(problemContent()));
                }));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
    }
}
