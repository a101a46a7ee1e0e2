package no.maturo.identity;

import static no.maturo.identity.ScimUsersController.LIST_SCHEMA;
import static no.maturo.identity.ScimUsersController.MAX_COUNT;
import static no.maturo.identity.ScimUsersController.PATCH_SCHEMA;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.maturo.identity.ScimUsersController.ScimException;
import no.maturo.identity.ScimUsersController.ScimMeta;
import no.maturo.shared.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * SCIM 2.0 Groups (RFC 7643 §4.2), mapped to departments: a group is an active department, its members are the
 * people whose department it is. New groups become top-level departments; deletion archives the department.
 */
@Hidden
@RestController
@RequestMapping(value = "/scim/v2/Groups", produces = ScimUsersController.SCIM_JSON)
class ScimGroupsController {

    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final int MAX_NAME = 120;

    private static final Pattern NAME_FILTER =
            Pattern.compile("^\\s*displayName\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$", Pattern.CASE_INSENSITIVE);

    /** {@code members[value eq "id"]}, how Entra ID removes one member. */
    private static final Pattern MEMBER_PATH =
            Pattern.compile("^\\s*members\\s*\\[\\s*value\\s+eq\\s+\"([^\"]*)\"\\s*]\\s*$", Pattern.CASE_INSENSITIVE);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimMember(
            String value,
            String display,
            @JsonProperty("$ref") String ref) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimGroupResource(
            List<String> schemas, String id, String displayName, List<ScimMember> members, ScimMeta meta) {}

    record ScimGroupList(
            List<String> schemas,
            int totalResults,
            int startIndex,
            int itemsPerPage,
            @JsonProperty("Resources") List<ScimGroupResource> resources) {}

    /** The membership a PATCH asks for, in operation order: a full replacement, then additions and removals. */
    private static final class MemberChanges {
        Set<UUID> replacement;
        final Set<UUID> added = new LinkedHashSet<>();
        final Set<UUID> removed = new LinkedHashSet<>();

        void replace(Set<UUID> ids) {
            replacement = new LinkedHashSet<>(ids);
            added.clear();
            removed.clear();
        }

        void add(Set<UUID> ids) {
            added.addAll(ids);
            removed.removeAll(ids);
        }

        void remove(Set<UUID> ids) {
            removed.addAll(ids);
            added.removeAll(ids);
        }
    }

    private final ScimGroupStore store;

    ScimGroupsController(ScimGroupStore store) {
        this.store = store;
    }

    @PostMapping
    ResponseEntity<ScimGroupResource> create(@RequestBody JsonNode body) {
        String name = displayName(body.path("displayName"));
        if (name == null) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", "displayName is required");
        }
        Set<UUID> members = memberIds(body.path("members"));
        ScimGroupResource created = toScim(stored(() -> store.create(name, members)), false);
        return ResponseEntity.created(URI.create(created.meta().location())).body(created);
    }

    @GetMapping("/{id}")
    ScimGroupResource get(@PathVariable String id, @RequestParam(required = false) String excludedAttributes) {
        return toScim(
                store.find(parseId(id)).orElseThrow(ScimGroupsController::notFound),
                withoutMembers(excludedAttributes));
    }

    @GetMapping
    ScimGroupList list(
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int startIndex,
            @RequestParam(defaultValue = "100") int count,
            @RequestParam(required = false) String excludedAttributes) {
        String name = null;
        if (filter != null && !filter.isBlank()) {
            Matcher matcher = NAME_FILTER.matcher(filter);
            if (!matcher.matches()) {
                throw new ScimException(
                        HttpStatus.BAD_REQUEST, "invalidFilter", "Supported filters: displayName eq \"...\"");
            }
            name = matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        int start = Math.max(1, startIndex);
        ScimGroupStore.Page page = store.list(name, start, Math.clamp(count, 0, MAX_COUNT));
        boolean withoutMembers = withoutMembers(excludedAttributes);
        List<ScimGroupResource> resources =
                page.groups().stream().map(g -> toScim(g, withoutMembers)).toList();
        return new ScimGroupList(List.of(LIST_SCHEMA), page.total(), start, resources.size(), resources);
    }

    /** Replaces the name and the whole member list: people no longer listed lose the department. */
    @PutMapping("/{id}")
    ScimGroupResource replace(@PathVariable String id, @RequestBody JsonNode body) {
        UUID groupId = parseId(id);
        String name = requiredName(body.path("displayName"));
        Set<UUID> members = memberIds(body.path("members"));
        return toScim(
                stored(() -> store.change(groupId, name, members, Set.of(), Set.of()))
                        .orElseThrow(ScimGroupsController::notFound),
                false);
    }

    @PatchMapping("/{id}")
    ResponseEntity<ScimGroupResource> patch(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestParam(required = false) String excludedAttributes) {
        UUID groupId = parseId(id);
        if (!body.path("schemas").toString().contains(PATCH_SCHEMA)
                || !body.path("Operations").isArray()) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", "Expected a PatchOp with Operations");
        }
        String name = null;
        MemberChanges changes = new MemberChanges();
        for (JsonNode operation : body.path("Operations")) {
            String op = operation.path("op").asString("").toLowerCase(Locale.ROOT);
            if (!Set.of("add", "remove", "replace").contains(op)) {
                throw new ScimException(
                        HttpStatus.BAD_REQUEST, "invalidSyntax", "Only add, remove and replace are supported");
            }
            JsonNode value = operation.path("value");
            String path = operation.path("path").asString("").strip();
            Matcher member = MEMBER_PATH.matcher(path);
            if (path.isEmpty()) {
                // Okta: a value object holding the attributes.
                if (op.equals("remove") || !value.isObject()) {
                    throw new ScimException(HttpStatus.BAD_REQUEST, "noTarget", "A path is required");
                }
                if (value.has("displayName")) {
                    name = requiredName(value.path("displayName"));
                }
                if (value.has("members")) {
                    Set<UUID> ids = memberIds(value.path("members"));
                    if (op.equals("add")) {
                        changes.add(ids);
                    } else {
                        changes.replace(ids);
                    }
                }
            } else if (path.equalsIgnoreCase("displayName")) {
                if (op.equals("remove")) {
                    throw new ScimException(HttpStatus.BAD_REQUEST, "mutability", "displayName is required");
                }
                name = requiredName(value);
            } else if (path.equalsIgnoreCase("members")) {
                switch (op) {
                    case "add" -> changes.add(memberIds(value));
                    case "replace" -> changes.replace(memberIds(value));
                    // Without a value, remove takes every member away (RFC 7644 §3.5.2.2).
                    default -> {
                        if (value.isMissingNode() || value.isNull()) {
                            changes.replace(Set.of());
                        } else {
                            changes.remove(memberIds(value));
                        }
                    }
                }
            } else if (member.matches() && op.equals("remove")) {
                changes.remove(memberIdsOf(List.of(member.group(1))));
            } else {
                throw new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", "Unsupported attribute path: " + path);
            }
        }
        String newName = name;
        ScimGroupStore.ScimGroup changed = stored(
                        () -> store.change(groupId, newName, changes.replacement, changes.added, changes.removed))
                .orElseThrow(ScimGroupsController::notFound);
        return ResponseEntity.ok(toScim(changed, withoutMembers(excludedAttributes)));
    }

    /** Archives the department: it keeps its history, its people lose it. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        UUID groupId = parseId(id);
        boolean archived;
        try {
            archived = store.archive(groupId);
        } catch (ConflictException e) {
            throw new ScimException(HttpStatus.CONFLICT, null, e.getMessage());
        }
        if (!archived) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    /** Runs a change, turning the store's refusals into SCIM errors. */
    private static <T> T stored(Supplier<T> change) {
        try {
            return change.get();
        } catch (ScimGroupStore.UnknownMembersException e) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", e.getMessage());
        } catch (ConflictException e) {
            // The only conflicts of a create or rename at the same place: another active department has the name.
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", e.getMessage());
        }
    }

    private static String displayName(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return requiredName(node);
    }

    private static String requiredName(JsonNode node) {
        String name = node.isString() ? node.asString().strip() : "";
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ScimException(
                    HttpStatus.BAD_REQUEST, "invalidValue", "displayName must be 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    /** The ids of {@code [{"value": "<id>"}, ...]}; a single object is accepted too. */
    private static Set<UUID> memberIds(JsonNode members) {
        if (members.isMissingNode() || members.isNull()) {
            return Set.of();
        }
        List<JsonNode> entries = members.isArray() ? members.valueStream().toList() : List.of(members);
        List<String> values = entries.stream()
                .map(entry ->
                        entry.path("value").isString() ? entry.path("value").asString() : "")
                .toList();
        return memberIdsOf(values);
    }

    private static Set<UUID> memberIdsOf(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", "Not a person's id: " + value);
            }
        }
        return ids;
    }

    private static boolean withoutMembers(String excludedAttributes) {
        return excludedAttributes != null
                && new HashSet<>(Arrays.asList(
                                excludedAttributes.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
                        .contains("members");
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ScimException notFound() {
        return new ScimException(HttpStatus.NOT_FOUND, null, "No such group in this organisation");
    }

    private static ScimGroupResource toScim(ScimGroupStore.ScimGroup group, boolean withoutMembers) {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath();
        List<ScimMember> members = withoutMembers
                ? null
                : group.members().stream()
                        .map(m -> new ScimMember(
                                m.id().toString(),
                                m.displayName(),
                                base.cloneBuilder()
                                        .path("/scim/v2/Users/{id}")
                                        .buildAndExpand(m.id())
                                        .toUriString()))
                        .toList();
        String location = base.cloneBuilder()
                .path("/scim/v2/Groups/{id}")
                .buildAndExpand(group.department().id())
                .toUriString();
        return new ScimGroupResource(
                List.of(GROUP_SCHEMA),
                group.department().id().toString(),
                group.department().name(),
                members,
                new ScimMeta("Group", group.department().createdAt(), location));
    }
}
