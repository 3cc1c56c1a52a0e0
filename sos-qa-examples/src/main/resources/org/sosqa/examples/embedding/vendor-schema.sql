-- A case-management vendor's tables, as the embedding example imagines them (docs/embedding.md).
-- Not sos-qa's model: vendor codes, positions instead of ids, comma-separated lists, a generic table of
-- map items. VendorCaseMapper maps these rows into org.sosqa.core.CaseRecord.
-- Statements are separated by a line holding only ';'.

-- One row a case. updated_at is the vendor's change marker: any change to the case or its rows sets it.
CREATE TABLE cases (
    case_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(64)  NOT NULL,
    team_id         VARCHAR(64)  NOT NULL,
    worker_id       VARCHAR(64)  NOT NULL,
    service_stage   VARCHAR(8)   NOT NULL,  -- vendor codes: EH, CIN, CP, LAC, CL
    opened_on       DATE         NOT NULL,
    closed_on       DATE,
    updated_at      TIMESTAMP    NOT NULL
)
;
-- No names, no dates of birth: pseudonymous ids, a year of birth or an age.
CREATE TABLE children (
    case_id       VARCHAR(64) NOT NULL REFERENCES cases(case_id),
    child_id      VARCHAR(64) NOT NULL,
    year_of_birth INT,
    age_at_open   INT,
    gender        VARCHAR(16),
    ethnicity     VARCHAR(16),
    PRIMARY KEY (case_id, child_id)
)
;
CREATE TABLE people (
    case_id      VARCHAR(64)  NOT NULL REFERENCES cases(case_id),
    person_id    VARCHAR(64)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,  -- PARENT, CAREGIVER, FAMILY, FRIEND, COMMUNITY, PROFESSIONAL
    relationship VARCHAR(200),
    PRIMARY KEY (case_id, person_id)
)
;
-- Each version of the assessment and plan; the overall judgement's anchors sit on the row.
CREATE TABLE assessments (
    case_id          VARCHAR(64)   NOT NULL REFERENCES cases(case_id),
    version          INT           NOT NULL,
    assessed_on      DATE          NOT NULL,
    judgement_ten    VARCHAR(1000),
    judgement_zero   VARCHAR(1000),
    family_agreement VARCHAR(16),   -- AGREES, PARTLY, DISAGREES
    family_words     VARCHAR(4000),
    PRIMARY KEY (case_id, version)
)
;
CREATE TABLE participants (
    case_id   VARCHAR(64) NOT NULL,
    version   INT         NOT NULL,
    position  INT         NOT NULL,
    role      VARCHAR(32) NOT NULL,
    person_id VARCHAR(64),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
CREATE TABLE harm_statements (
    case_id  VARCHAR(64)   NOT NULL,
    version  INT           NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
-- A danger statement with its safety goal and the anchors of its scale, on one row.
CREATE TABLE danger_statements (
    case_id          VARCHAR(64)   NOT NULL,
    version          INT           NOT NULL,
    position         INT           NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    goal_text        VARCHAR(4000) NOT NULL,
    family_goal      VARCHAR(4000),
    scale_ten        VARCHAR(1000),
    scale_zero       VARCHAR(1000),
    family_agreement VARCHAR(16),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
-- Numbers on a scale: danger_position 0 is the overall judgement, otherwise the danger statement's scale.
CREATE TABLE scale_ratings (
    case_id         VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL,
    danger_position INT           NOT NULL,
    position        INT           NOT NULL,
    rater_role      VARCHAR(32)   NOT NULL,
    person_id       VARCHAR(64),
    score           INT           NOT NULL,
    reasons         VARCHAR(4000),
    PRIMARY KEY (case_id, version, danger_position, position),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
-- The rest of the map in one generic table, as many systems keep it.
-- section: COMPLICATING, STRENGTH, EXISTING_SAFETY (danger_position names the danger), NEXT_STEP (who, due_on).
CREATE TABLE map_items (
    case_id         VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL,
    position        INT           NOT NULL,
    section         VARCHAR(16)   NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    danger_position INT,
    who             VARCHAR(200),
    due_on          DATE,
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
CREATE TABLE network_members (
    case_id       VARCHAR(64)   NOT NULL,
    version       INT           NOT NULL,
    person_id     VARCHAR(64)   NOT NULL,
    network_role  VARCHAR(1000),
    knows_worries BOOLEAN       NOT NULL,
    PRIMARY KEY (case_id, version, person_id),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
CREATE TABLE safety_plans (
    case_id        VARCHAR(64) NOT NULL,
    version        INT         NOT NULL,
    agreed_on      DATE,
    next_review_on DATE,
    last_review_on DATE,
    PRIMARY KEY (case_id, version),
    FOREIGN KEY (case_id, version) REFERENCES assessments(case_id, version)
)
;
-- kept_by: comma-separated person ids; addresses: comma-separated danger statement positions.
CREATE TABLE plan_rules (
    case_id   VARCHAR(64)   NOT NULL,
    version   INT           NOT NULL,
    position  INT           NOT NULL,
    text      VARCHAR(4000) NOT NULL,
    kept_by   VARCHAR(500),
    addresses VARCHAR(100),
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES safety_plans(case_id, version)
)
;
CREATE TABLE events (
    event_id   BIGINT      NOT NULL PRIMARY KEY,
    case_id    VARCHAR(64) NOT NULL REFERENCES cases(case_id),
    event_type VARCHAR(32) NOT NULL,  -- sos-qa's EventType names
    event_date DATE        NOT NULL,
    child_id   VARCHAR(64)
)
;
-- What the nightly job writes back: one report a case and rule set. Reports under an older rule set are
-- kept, so last year's score can still be explained.
CREATE TABLE audit_report (
    case_id           VARCHAR(64)  NOT NULL REFERENCES cases(case_id),
    rule_set_sha256   CHAR(64)     NOT NULL,
    rule_packs        VARCHAR(1000) NOT NULL,  -- id@version:sha256 of each pack, default first
    case_updated_at   TIMESTAMP    NOT NULL,   -- cases.updated_at of the version audited
    grade             VARCHAR(32)  NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    domain_scores     VARCHAR(4000) NOT NULL,  -- {"domain id": score or null, ...}
    report_json       CLOB         NOT NULL,
    PRIMARY KEY (case_id, rule_set_sha256)
)
;
-- Why a case could not be audited under a rule set: each problem with its vendor location.
CREATE TABLE audit_problem (
    case_id         VARCHAR(64)   NOT NULL REFERENCES cases(case_id),
    rule_set_sha256 CHAR(64)      NOT NULL,
    position        INT           NOT NULL,
    case_updated_at TIMESTAMP     NOT NULL,
    location        VARCHAR(1000) NOT NULL,
    message         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (case_id, rule_set_sha256, position)
)
