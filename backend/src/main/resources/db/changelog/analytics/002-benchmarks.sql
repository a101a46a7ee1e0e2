--liquibase formatted sql

--changeset maturo:analytics-002-benchmarks
-- Benchmark sets are platform data: no tenant_id, readable by every tenant, changed only by platform admins.
-- A built-in set ships with Maturo and is read-only (enforced below, not only by the application).
CREATE TABLE benchmark_set (
    id          uuid        PRIMARY KEY,
    set_key     text        NOT NULL UNIQUE CHECK (set_key ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    source      text        NOT NULL CHECK (length(btrim(source)) BETWEEN 1 AND 1000),
    year        integer     NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    description text        CHECK (length(description) <= 2000),
    built_in    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One figure: either the top-2-box share (answers 4 or 5) of statements carrying benchmark_key (the key model
-- statements carry in model_item.benchmark_key), or the share of organisations at one maturity level.
CREATE TABLE benchmark_figure (
    set_id        uuid          NOT NULL REFERENCES benchmark_set (id) ON DELETE CASCADE,
    position      integer       NOT NULL CHECK (position >= 0),
    kind          text          NOT NULL CHECK (kind IN ('STATEMENT', 'LEVEL')),
    benchmark_key text          CHECK (length(benchmark_key) BETWEEN 1 AND 100),
    level         text          CHECK (level IN ('LOW', 'MEDIUM', 'HIGH')),
    share         numeric(5, 2) NOT NULL CHECK (share BETWEEN 0 AND 100),
    segment       text          CHECK (length(segment) <= 300),
    PRIMARY KEY (set_id, position),
    UNIQUE (set_id, benchmark_key),
    UNIQUE (set_id, level),
    CHECK ((kind = 'STATEMENT') = (benchmark_key IS NOT NULL)),
    CHECK ((kind = 'LEVEL') = (level IS NOT NULL))
);

--changeset maturo:analytics-002-nordic-2024
-- The built-in Nordic 2024 figures (top-2-box shares; see docs/guides/benchmarks.md).
INSERT INTO benchmark_set (id, set_key, name, source, year, description, built_in)
VALUES ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 'nordic-2024', 'Customer orientation in Norway 2024',
        'Status for Kundeorientering i Norge 2024 (Customer C with Forsta; 118 complete answers, 12 Jan - 5 Feb 2024)',
        2024,
        'Anonymous online survey of top leaders and specialists in Norwegian organisations, more than half with'
            || ' 500+ employees. Shares answering 4 or 5 on a 1-5 scale, and the share of organisations at each'
            || ' maturity level.',
        true);
INSERT INTO benchmark_figure (set_id, position, kind, benchmark_key, level, share, segment) VALUES
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 0, 'STATEMENT', 'long-term-investment', NULL, 46, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 1, 'STATEMENT', 'documenting-effects', NULL, 36, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 2, 'STATEMENT', 'coherent-experience', NULL, 44, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 3, 'STATEMENT', 'data-and-insight', NULL, 61, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 4, 'STATEMENT', 'leadership-motivates', NULL, 47, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 5, 'STATEMENT', 'leadership-ownership', NULL, 35,
        'organisations with 500+ employees'),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 6, 'LEVEL', NULL, 'HIGH', 14, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 7, 'LEVEL', NULL, 'MEDIUM', 37, NULL),
    ('6f1c2b0e-5d4a-4c8e-9a37-2b1d0e7c2024', 8, 'LEVEL', NULL, 'LOW', 49, NULL);

--changeset maturo:analytics-002-built-in-read-only splitStatements:false
-- Built-in sets and their figures cannot be changed or deleted, whoever asks.
CREATE FUNCTION refuse_built_in_benchmark_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    target uuid;
BEGIN
    IF TG_TABLE_NAME = 'benchmark_set' THEN
        IF OLD.built_in THEN
            RAISE EXCEPTION 'benchmark set % is built in and read-only', OLD.set_key;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    target := CASE WHEN TG_OP = 'INSERT' THEN NEW.set_id ELSE OLD.set_id END;
    IF EXISTS (SELECT 1 FROM benchmark_set WHERE id = target AND built_in) THEN
        RAISE EXCEPTION 'the figures of a built-in benchmark set are read-only';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER benchmark_set_built_in_read_only
    BEFORE UPDATE OR DELETE ON benchmark_set
    FOR EACH ROW EXECUTE FUNCTION refuse_built_in_benchmark_change();
CREATE TRIGGER benchmark_figure_built_in_read_only
    BEFORE INSERT OR UPDATE OR DELETE ON benchmark_figure
    FOR EACH ROW EXECUTE FUNCTION refuse_built_in_benchmark_change();
