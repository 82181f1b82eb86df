CREATE TABLE ports (
    id         text PRIMARY KEY,
    tenant_id  text    NOT NULL,
    network_id text    NOT NULL,
    ip         text,
    deleted    boolean NOT NULL DEFAULT false,
    version    int     NOT NULL
);
CREATE TABLE outbox (
    seq          bigserial PRIMARY KEY,          -- 커밋 순서대로 발행하기 위한 번호
    event_id     uuid      NOT NULL UNIQUE,      -- 소비자 중복 제거 키 (CloudEvents id)
    aggregate_id text      NOT NULL,             -- Kafka 키 = 포트 ID
    event_type   text      NOT NULL,
    payload      jsonb     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);
CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;
