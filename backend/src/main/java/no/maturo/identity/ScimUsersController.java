package no.maturo.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * SCIM 2.0 Users (RFC 7643/7644), the subset identity providers use for provisioning: create, read, list with
 * {@code filter=userName eq "..."}, replace, PATCH (including {@code active=false}) and delete. SCIM defines its
 * own media type and error format, so this API answers in those rather than in problem details.
 */
@Hidden
@RestController
@RequestMapping(value = "/scim/v2", produces = ScimUsersController.SCIM_JSON)
class ScimUsersController {

    static final String SCIM_JSON = "application/scim+json";
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final int MAX_COUNT = 1000;

    /** {@code userName eq "value"} or {@code emails.value eq "value"}, the filters provisioning clients send. */
    private static final Pattern EQUALS_FILTER = Pattern.compile(
            "^\\s*(userName|emails\\.value|emails)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$", Pattern.CASE_INSENSITIVE);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimName(String formatted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimEmail(String value, String type, Boolean primary) {}

    record ScimMeta(String resourceType, OffsetDateTime created, String location) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimUser(
            List<String> schemas,
            String id,
            String userName,
            ScimName name,
            String displayName,
            List<ScimEmail> emails,
            boolean active,
            String preferredLanguage,
            ScimMeta meta) {}

    record ScimList(
            List<String> schemas,
            int totalResults,
            int startIndex,
            int itemsPerPage,
            @JsonProperty("Resources") List<ScimUser> resources) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimError(List<String> schemas, String status, String scimType, String detail) {}

    static class ScimException extends RuntimeException {
        final HttpStatus status;
        final String scimType;

        ScimException(HttpStatus status, String scimType, String detail) {
            super(detail);
            this.status = status;
            this.scimType = scimType;
        }
    }

    /** What a SCIM client says about a person, from a full resource or from PATCH values. */
    private record Provisioned(String email, String displayName, Boolean active) {}

    private final Accounts accounts;
    private final ScimUserStore store;

    ScimUsersController(Accounts accounts, ScimUserStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @GetMapping("/ServiceProviderConfig")
    Map<String, Object> serviceProviderConfig() {
        return Map.of(
                "schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
                "patch", Map.of("supported", true),
                "bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0),
                "filter", Map.of("supported", true, "maxResults", MAX_COUNT),
                "changePassword", Map.of("supported", false),
                "sort", Map.of("supported", false),
                "etag", Map.of("supported", false),
                "authenticationSchemes",
                        List.of(Map.of(
                                "type", "oauthbearertoken",
                                "name", "Maturo API token",
                                "description", "A tenant API token with the SCIM scope, sent as a bearer token")));
    }

    @PostMapping("/Users")
    ResponseEntity<ScimUser> create(@RequestBody JsonNode body) {
        Provisioned user = fromResource(body);
        if (user.email() == null) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", "userName (an email address) is required");
        }
        UUID id;
        try {
            id = accounts.createUser(new NewUser(
                    user.email(),
                    user.displayName() == null ? user.email() : user.displayName(),
                    null,
                    language(body),
                    null,
                    null,
                    Set.of(Role.EMPLOYEE)));
        } catch (DuplicateKeyException e) {
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "userName is already in use");
        }
        if (Boolean.FALSE.equals(user.active())) {
            store.replace(id, user.email(), displayNameOr(user, user.email()), false);
        }
        ScimUser created = toScim(existing(id));
        return ResponseEntity.created(URI.create(created.meta().location())).body(created);
    }

    @GetMapping("/Users/{id}")
    ScimUser get(@PathVariable String id) {
        return toScim(existing(parseId(id)));
    }

    @GetMapping("/Users")
    ScimList list(
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int startIndex,
            @RequestParam(defaultValue = "100") int count) {
        String email = null;
        if (filter != null && !filter.isBlank()) {
            Matcher matcher = EQUALS_FILTER.matcher(filter);
            if (!matcher.matches()) {
                throw new ScimException(
                        HttpStatus.BAD_REQUEST, "invalidFilter", "Supported filters: userName eq \"...\"");
            }
            email = matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        int page = Math.clamp(count, 0, MAX_COUNT);
        int start = Math.max(1, startIndex);
        ScimUserStore.Page result = store.list(email, start, page);
        List<ScimUser> resources = result.people().stream().map(this::toScim).toList();
        return new ScimList(List.of(LIST_SCHEMA), result.total(), start, resources.size(), resources);
    }

    @PutMapping("/Users/{id}")
    ScimUser replace(@PathVariable String id, @RequestBody JsonNode body) {
        UUID personId = parseId(id);
        ScimUserStore.ScimPerson current = existing(personId);
        Provisioned user = fromResource(body);
        return toScim(save(
                personId,
                user.email() == null ? current.email() : user.email(),
                displayNameOr(user, current.displayName()),
                user.active() == null || user.active()));
    }

    @PatchMapping("/Users/{id}")
    ScimUser patch(@PathVariable String id, @RequestBody JsonNode body) {
        UUID personId = parseId(id);
        ScimUserStore.ScimPerson current = existing(personId);
        if (!body.path("schemas").toString().contains(PATCH_SCHEMA)
                || !body.path("Operations").isArray()) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", "Expected a PatchOp with Operations");
        }
        String email = current.email();
        String displayName = current.displayName();
        boolean active = current.active();
        for (JsonNode operation : body.path("Operations")) {
            String op = operation.path("op").asString("").toLowerCase(Locale.ROOT);
            if (!op.equals("replace") && !op.equals("add")) {
                throw new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", "Only add and replace are supported");
            }
            // Either {path, value} or a value object holding the attributes (both forms are in RFC 7644 §3.5.2).
            JsonNode values = operation.has("path")
                    ? singleAttribute(operation.path("path").asString(), operation.path("value"))
                    : operation.path("value");
            Provisioned change = fromResource(values);
            email = change.email() == null ? email : change.email();
            displayName = change.displayName() == null ? displayName : change.displayName();
            active = change.active() == null ? active : change.active();
        }
        return toScim(save(personId, email, displayName, active));
    }

    @DeleteMapping("/Users/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!store.delete(parseId(id))) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    private ScimUserStore.ScimPerson save(UUID id, String email, String displayName, boolean active) {
        try {
            return store.replace(id, email, displayName, active).orElseThrow(ScimUsersController::notFound);
        } catch (DuplicateKeyException e) {
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "userName is already in use");
        }
    }

    private static JsonNode singleAttribute(String path, JsonNode value) {
        var node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        switch (path.toLowerCase(Locale.ROOT)) {
            case "active" -> node.set("active", value);
            case "username" -> node.set("userName", value);
            case "displayname" -> node.set("displayName", value);
            case "name.formatted" -> node.putObject("name").set("formatted", value);
            case "emails[type eq \"work\"].value", "emails.value" -> node.set("userName", value);
            default ->
                throw new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", "Unsupported attribute path: " + path);
        }
        return node;
    }

    private static Provisioned fromResource(JsonNode body) {
        String email = text(body.path("userName"));
        if (email == null) {
            for (JsonNode address : body.path("emails")) {
                if (email == null || address.path("primary").asBoolean(false)) {
                    email = text(address.path("value"));
                }
            }
        }
        if (email != null && (email.length() > 320 || email.indexOf('@') < 1)) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", "userName must be an email address");
        }
        String displayName = text(body.path("displayName"));
        if (displayName == null) {
            JsonNode name = body.path("name");
            displayName = text(name.path("formatted"));
            if (displayName == null && (name.has("givenName") || name.has("familyName"))) {
                displayName = (name.path("givenName").asString("") + " "
                                + name.path("familyName").asString(""))
                        .strip();
            }
        }
        if (displayName != null && displayName.length() > 200) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", "displayName is too long");
        }
        JsonNode active = body.path("active");
        // Some providers send booleans as the strings "True"/"False".
        Boolean activeValue = active.isBoolean()
                ? Boolean.valueOf(active.asBoolean())
                : active.isString() ? Boolean.valueOf(active.asString().equalsIgnoreCase("true")) : null;
        return new Provisioned(email, displayName, activeValue);
    }

    private static String displayNameOr(Provisioned user, String fallback) {
        return user.displayName() == null || user.displayName().isBlank() ? fallback : user.displayName();
    }

    private static String language(JsonNode body) {
        String language = text(body.path("preferredLanguage"));
        if (language == null) {
            language = text(body.path("locale"));
        }
        if (language == null) {
            return null;
        }
        String code = language.toLowerCase(Locale.ROOT).replace('_', '-');
        if (code.startsWith("no") || code.startsWith("nb") || code.startsWith("nn")) {
            return "nb";
        }
        for (String supported : List.of("en", "da", "sv")) {
            if (code.startsWith(supported)) {
                return supported;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString().strip() : null;
    }

    private ScimUserStore.ScimPerson existing(UUID id) {
        return store.find(id).orElseThrow(ScimUsersController::notFound);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ScimException notFound() {
        return new ScimException(HttpStatus.NOT_FOUND, null, "No such user in this organisation");
    }

    private ScimUser toScim(ScimUserStore.ScimPerson person) {
        String location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/scim/v2/Users/{id}")
                .buildAndExpand(person.id())
                .toUriString();
        return new ScimUser(
                List.of(USER_SCHEMA),
                person.id().toString(),
                person.email(),
                new ScimName(person.displayName()),
                person.displayName(),
                List.of(new ScimEmail(person.email(), "work", true)),
                person.active(),
                person.locale(),
                new ScimMeta("User", person.created(), location));
    }

    /** SCIM's own error format (RFC 7644 §3.12) for everything under /scim/v2. */
    @RestControllerAdvice(assignableTypes = {ScimUsersController.class, ScimGroupsController.class})
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ScimErrors {

        @ExceptionHandler(ScimException.class)
        ResponseEntity<ScimError> scim(ScimException e) {
            return error(e.status, e.scimType, e.getMessage());
        }

        @ExceptionHandler(tools.jackson.core.JacksonException.class)
        ResponseEntity<ScimError> unreadable(Exception e) {
            return error(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is not valid JSON");
        }

        @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
        ResponseEntity<ScimError> notReadable(Exception e) {
            return error(HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body is not valid JSON");
        }

        static ResponseEntity<ScimError> error(HttpStatus status, String scimType, String detail) {
            return ResponseEntity.status(status)
                    .contentType(org.springframework.http.MediaType.parseMediaType(SCIM_JSON))
                    .body(new ScimError(List.of(ERROR_SCHEMA), Integer.toString(status.value()), scimType, detail));
        }
    }
}
