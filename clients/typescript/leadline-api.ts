// Generated from the served OpenAPI document (/docs-json) by openapi-typescript: `npm run openapi:client`.
// Do not edit: a test regenerates it and fails when this file differs.

export interface paths {
    "/api/v1/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants, newest first (X-Admin-Key)
         * @description **Access**: the operator's `X-Admin-Key`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `dependency.unavailable` (503).
         */
        get: operations["TenantsController_list"];
        put?: never;
        /**
         * Create a tenant with its first admin key and default pipeline (X-Admin-Key)
         * @description An Idempotency-Key replay answers with api_key.key = null: the key is never stored.
         *
         *     **Access**: the operator's `X-Admin-Key`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `tenant.slug_taken` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `dependency.unavailable` (503).
         */
        post: operations["TenantsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's API keys (admin); never shows the keys themselves
         * @description **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ApiKeysController_list"];
        put?: never;
        /**
         * Issue an API key (admin); the key is shown only in this response
         * @description An Idempotency-Key replay answers with key = null: the key is never stored.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a key: it answers 401 from now on. The last admin key cannot be revoked (409)
         * @description **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `api_key.last_admin` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ContactsController_list"];
        put?: never;
        /**
         * Create a contact (phone and manychat_id are unique per tenant)
         * @description A channel_id that is not a channel of this tenant answers 422 channel.unknown.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `contact.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `channel.unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["ContactsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a contact
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ContactsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a contact that has no opportunities
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `contact.has_opportunities` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["ContactsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a contact; null clears a field
         * @description A channel_id that is not a channel of this tenant answers 422 channel.unknown.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `contact.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `channel.unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["ContactsController_update"];
        trace?: never;
    };
    "/api/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pipelines, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["PipelinesController_list"];
        put?: never;
        /**
         * Define a pipeline from a template (sales, manychat_odoo) or from explicit stages (admin)
         * @description **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `pipeline.invalid` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `pipeline.rule_invalid` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["PipelinesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a pipeline with its stages
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["PipelinesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a pipeline or replace its stages (admin); removing a stage in use is a 409
         * @description **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `pipeline.invalid` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `pipeline.stage_in_use` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `pipeline.rule_invalid` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["PipelinesController_update"];
        trace?: never;
    };
    "/api/v1/pipeline/leads/{id}/move-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a lead to a stage of its pipeline (the same as POST /crm/opportunities/:id/stage)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `opportunity.stage_not_in_pipeline` (422), `opportunity.invalid_status_transition` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["PipelineController_moveStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline/leads/{id}/auto-advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate the lead's current stage rule (auto_advance) and move it when the rule holds
         * @description The same evaluation runs by itself after a call attempt and a score change. It never moves backwards, never into a lost stage, never a won or lost lead, and records `source: "auto_advance"` in the stage history.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["PipelineController_autoAdvance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline/stages/{stage}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leads in a stage, longest in it first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["PipelineController_stageLeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline/stages/{stage}/inactive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leads in a stage with no activity for `days`, most idle first
         * @description Activity is a stage change, a call attempt, an edit, a message or a meeting. `days` defaults to the stage's rotting_days, else 7.
         *
         *     **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["PipelineController_inactive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipeline/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pipeline metrics: counts, conversion, time in stage, inactivity, win rate
         * @description Computed from the stage history; the window [from, to) defaults to the last 30 days.
         *     - `count`: opportunities in the stage now.
         *     - `entered`: entries into the stage within the window (a re-entry counts again).
         *     - `advanced`: of those entries, how many later reached an open stage with a higher position or a won stage; a move into a lost stage is not an advance.
         *     - `conversion_rate` = advanced / entered (null without entries).
         *     - time in stage (`avg_`, `median_time_in_stage_seconds`): the completed visits of the stage that ended within the window, however early they began.
         *     - `current_avg_age_seconds`: mean time the opportunities in the stage now have been in it.
         *     - `inactive`: opportunities in the stage now with no activity (stage change, call attempt, edit, message, meeting) for the stage's `rotting_days` (else 7), as `GET /pipeline/stages/:stage/inactive` answers with its default; open stages only.
         *     - `open`: opportunities in open stages now; `won` / `lost`: opportunities that entered a won / lost stage within the window; `win_rate` = won / (won + lost) (null when none closed).
         *
         *     **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["PipelineController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's scoring model (the shipped default until replaced)
         * @description value = clamp(round((base + Σ points) × multiplier), 0, 100), base = opportunity_score × base_weight, multiplier = the current stage's score_multiplier; components are the rules that held, then stage_score (what the multiplier added or took).
         *
         *     **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ScoringController_model"];
        /**
         * Replace the scoring model (admin); every lead is then recomputed in the background
         * @description A rule whose `when` is not JsonLogic, two rules of one name, or points outside -100…100 answer 422 scoring.model_invalid. value = clamp(round((base + Σ points) × multiplier), 0, 100), base = opportunity_score × base_weight, multiplier = the current stage's score_multiplier; components are the rules that held, then stage_score (what the multiplier added or took).
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `scoring.model_invalid` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["ScoringController_replaceModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute every lead score with the current model (admin), in batches; follow its progress at GET /scoring/recompute/:id
         * @description A newer recompute supersedes a running one.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["ScoringController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/recompute/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recompute and its progress
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ScoringController_recomputeStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/opportunities/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The opportunity's lead score with its breakdown
         * @description value = clamp(round((base + Σ points) × multiplier), 0, 100), base = opportunity_score × base_weight, multiplier = the current stage's score_multiplier; components are the rules that held, then stage_score (what the multiplier added or took). Recomputed after every change of an input (event-driven); an opportunity not scored yet is scored now.
         *
         *     **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ScoringController_score"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List opportunities, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["OpportunitiesController_list"];
        put?: never;
        /**
         * Create an opportunity; its pipeline stage (the initial stage) is created in the same transaction
         * @description An assigned_advisor_id that is not an advisor of this tenant answers 422 advisor.unknown.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `contact.unknown` (422), `pipeline.unknown` (422), `advisor.unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["OpportunitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an opportunity with its pipeline stage
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["OpportunitiesController_get"];
        put?: never;
        post?: never;
        /**
         * Delete an opportunity; its pipeline stage goes with it
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["OpportunitiesController_remove"];
        options?: never;
        head?: never;
        /**
         * Change score, priority, status (forward only), advisor, treatment, next action or notes
         * @description An assigned_advisor_id that is not an advisor of this tenant answers 422 advisor.unknown.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `opportunity.invalid_status_transition` (422), `advisor.unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["OpportunitiesController_update"];
        trace?: never;
    };
    "/api/v1/crm/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move to a stage of the opportunity's pipeline; won/lost stages close it
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `opportunity.stage_not_in_pipeline` (422), `opportunity.invalid_status_transition` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["OpportunitiesController_moveStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/opportunities/{id}/stage-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stage the opportunity has been in, newest first (its creation in the initial stage last)
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["OpportunitiesController_stageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CallsController_list"];
        put?: never;
        /**
         * Record a call
         * @description An outbound call to a contact registers a first-call attempt on the contact's open opportunity, asynchronously (contract §6); the call itself is stored whatever registration does.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `call.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `call.contact_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["CallsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/calls/sync-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register first-call attempts for past outbound calls (admin)
         * @description Runs in the worker, oldest call first, with the same rules as live registration; calls already registered are unchanged.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["CallsController_syncAttempts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a call
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CallsController_get"];
        /**
         * Replace a call; fields not sent are cleared. Re-registers its attempt when it is one
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `call.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `call.contact_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["CallsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a call (e.g. its status). Re-registers its attempt when it is one
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `call.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `call.contact_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["CallsController_update"];
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what and when, newest first
         * @description Written by the worker from domain events, so an entry appears shortly after the change commits.
         *
         *     **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's configured provider connections (admin)
         * @description Each provider is configured with its own `PUT /api/v1/integrations/<provider>`; unconfigured providers are absent.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["IntegrationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `request.too_large` (413), `request.unsupported_media_type` (415).
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PostgreSQL (migrated) and Redis are reachable (503 otherwise)
         * @description A database whose migrations have not all been applied is not ready: `npm run migrate` applies them.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `request.too_large` (413), `request.unsupported_media_type` (415).
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: HTTP latency, queue depths, outbox backlog, dead letters, job outcomes
         * @description Prometheus text exposition format. A queue or table that cannot be sampled keeps its last value.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `request.too_large` (413), `request.unsupported_media_type` (415).
         */
        get: operations["MetricsController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ChannelsController_list"];
        put?: never;
        /**
         * Create a channel leads arrive through (Facebook, WhatsApp …)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["ChannelsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a channel
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ChannelsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a channel no campaign or contact uses (else 409 channel.in_use)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `channel.in_use` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["ChannelsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change the name or description of a channel
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["ChannelsController_update"];
        trace?: never;
    };
    "/api/v1/advisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List advisors, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["AdvisorsController_list"];
        put?: never;
        /**
         * Create an advisor (commercial, medical or agent)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `advisor.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["AdvisorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an advisor
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["AdvisorsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete an advisor no campaign member or opportunity is assigned to (else 409 advisor.in_use)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `advisor.in_use` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["AdvisorsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of an advisor (e.g. complete a placeholder); null clears a field
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `advisor.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["AdvisorsController_update"];
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CampaignsController_list"];
        put?: never;
        /**
         * Create a campaign (draft unless a status is given)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `campaign.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `campaign.channel_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a campaign
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a campaign without members (else 409 campaign.has_members)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `campaign.has_members` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["CampaignsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a campaign; null clears a field; a completed campaign cannot be reopened
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `campaign.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `campaign.channel_unknown` (422), `campaign.invalid_status_transition` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's members with their advisors and latest state, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CampaignsController_members"];
        put?: never;
        /**
         * Add a contact to the campaign (409 with existing_id when already a member)
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `campaign_member.duplicate` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `campaign_member.contact_unknown` (422), `campaign_member.advisor_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["CampaignsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a contact from the campaign
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["CampaignsController_removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's advisors, state or summary; null clears a field
         * @description **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `campaign_member.advisor_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        patch: operations["CampaignsController_updateMember"];
        trace?: never;
    };
    "/api/v1/manychat/campaign-contacts/update-by-manychat-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a contact's campaign membership by ManyChat ids (synchronous)
         * @description Finds the contact by manychat_id and its membership of campaign_id (a ManyChat campaign id), or its latest membership when campaign_id is absent, and changes only the fields given. Unresolved ManyChat merge tags ("{{cuf_123}}"), empty strings and null count as absent.
         *
         *     **Access**: an API key with role `admin` or `agent`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `campaign_member.advisor_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["ManychatCampaignContactsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/odoo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Connect the tenant to its Odoo CRM (admin)
         * @description Logs in to Odoo with the API key and reads `crm.stage`: every Odoo stage id used by the tenant's pipelines must exist there. Bad credentials or missing stages answer 422 (`odoo.auth_failed`, `odoo.stages_missing` with `missing_stage_ids`), an unreachable Odoo 503 (`odoo.unavailable`). Only then is the connection saved (the key encrypted). Opportunities created or moved from now on are mirrored; use `/resync` for the ones that already exist.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `odoo.auth_failed` (422), `odoo.rejected` (422), `odoo.stages_missing` (422), `rate_limit.exceeded` (429), `odoo.unavailable` (503), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["OdooIntegrationController_connect"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/odoo/resync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue Odoo syncs again (admin)
         * @description For the given opportunities, or every one in a pipeline with Odoo stage ids. Each is marked `pending` and written to its crm.lead even if nothing changed. Unknown ids (and other tenants' ids) answer 422 `odoo.unknown_opportunities` naming them; a tenant without an Odoo connection 422 `odoo.not_configured`.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `odoo.not_configured` (422), `odoo.unknown_opportunities` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["OdooIntegrationController_resync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs that failed for good, newest first (admin)
         * @description Domain-event deliveries and Odoo syncs that broke a rule (at once) or kept failing (after the retries). Replayed ones stay listed with `replayed_at`.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["DeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a dead-lettered job again (admin)
         * @description Queues the job again and sets `replayed_at`. A domain event is redelivered only to the subscribers that had not handled it; an Odoo sync re-reads the opportunity. A second replay of the same dead letter answers 409 `dead_letter.already_replayed`; if the job fails again, a new dead letter appears.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `dead_letter.already_replayed` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `dead_letter.not_replayable` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["DeadLettersController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manychat/webhook/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ManyChat contact webhook: upserts the contact by manychat_id (our database only, never Odoo)
         * @description Validated and stored durably; a worker processes it. The same body again answers the same event_id and is processed once. Send the tenant API key (role agent or admin) in the X-API-Key header of the External Request.
         *
         *     **Access**: an API key with role `admin` or `agent`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: manychat webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["ManychatWebhooksController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manychat/webhook/campaign-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ManyChat campaign-assignment webhook: the contact joins the campaign with its advisors
         * @description Validated and stored durably; a worker processes it. The same body again answers the same event_id and is processed once. Send the tenant API key (role agent or admin) in the X-API-Key header of the External Request.
         *
         *     **Access**: an API key with role `admin` or `agent`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: manychat webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["ManychatWebhooksController_campaignAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manychat/webhook/crm-opportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ManyChat stage webhook: upserts the contact, then puts its open opportunity in the stage mapping state.stage_id
         * @description Validated and stored durably; a worker processes it. The same body again answers the same event_id and is processed once. Send the tenant API key (role agent or admin) in the X-API-Key header of the External Request. A stage id no pipeline of the tenant maps ends the event as dead (last_error says why); create the pipeline (template manychat_odoo) and replay the dead letter.
         *
         *     **Access**: an API key with role `admin` or `agent`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: manychat webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["ManychatWebhooksController_crmOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manychat/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a received ManyChat event is: queued, processed, failed (retrying) or dead
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["ManychatWebhooksController_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/zadarma": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Connect the Zadarma PBX (admin)
         * @description Stores the key and secret encrypted; the answer, like GET /api/v1/integrations, shows them only masked. Give Zadarma the notification URL `PUBLIC_BASE_URL/api/v1/webhooks/zadarma/<tenant id>`.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["ProviderSettingsController_zadarma"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/twilio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Connect a Twilio account for outbound calls (admin)
         * @description Stores the auth token encrypted; the answer shows it only masked. Calls placed by `POST /api/v1/crm/calls/initiate` report to `PUBLIC_BASE_URL/api/v1/webhooks/twilio/<tenant id>/status`.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["ProviderSettingsController_twilio"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/zadarma/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zadarma's URL check: answers the zd_echo value
         * @description Zadarma calls this once when the notification URL is saved in its cabinet. No authentication.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429).
         *
         *     **Rate limit**: zadarma webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        get: operations["ZadarmaWebhooksController_echo"];
        put?: never;
        /**
         * Zadarma PBX call notifications (NOTIFY_START, NOTIFY_ANSWER, NOTIFY_END, NOTIFY_OUT_START, NOTIFY_OUT_END, NOTIFY_RECORD)
         * @description Form-encoded, signed with the tenant's Zadarma API secret in the `Signature` header (base64 of the hex HMAC-SHA1 of the event's fields). Creates or updates the call with that `pbx_call_id` (external_call_id, provider zadarma), matching the contact by phone; the same (pbx_call_id, event) twice changes nothing, and a late event never moves a final status back. NOTIFY_RECORD has the worker fetch the recording link. Other events are acknowledged and ignored.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `telephony.notification_invalid` (400), `telephony.zadarma_signature_invalid` (401), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: zadarma webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["ZadarmaWebhooksController_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/zadarma/{tenant_id}/recording-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A Zadarma call-recording e-mail (raw message/rfc822), e.g. forwarded by a mail rule
         * @description Authenticated with the tenant's API key (agent or admin); the path tenant must be the key's tenant (else 404). The audio attachment is stored and streamed by `GET /api/v1/crm/calls/{id}/recording`. The call is found by, in order: a PBX call id (`in_…`/`out_…`) in the subject, body or file name; a phone number plus a local time (YYYY-MM-DD HH:MM[:SS], or YYYYMMDD-HHMMSS in the file name, in the Zadarma account's zone) within 5 minutes of a Zadarma call with that number; the same e-mail sent before. Otherwise a completed call is created (outbound unless the subject says incoming/entrante). Bodies up to 25 MiB.
         *
         *     **Access**: an API key with role `agent` or `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `telephony.recording_email_invalid` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: zadarma webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["ZadarmaWebhooksController_recordingEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/twilio/{tenant_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio status callbacks of calls placed by POST /api/v1/crm/calls/initiate
         * @description Form-encoded, `X-Twilio-Signature` checked with the tenant's auth token over PUBLIC_BASE_URL + this path (bad or missing → 403, nothing stored). ringing → ringing, in-progress → answered, completed/busy/no-answer/failed/canceled → completed/busy/no_answer/failed/cancelled with duration and ended_at. (CallStatus, SequenceNumber) is the idempotency key; an older SequenceNumber never moves the status. An unknown CallSid answers 404.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `telephony.notification_invalid` (400), `telephony.twilio_signature_invalid` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: twilio webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["TwilioWebhooksController_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/calls/initiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a contact through the tenant's voice provider (Twilio)
         * @description Places the call (StatusCallback = PUBLIC_BASE_URL/api/v1/webhooks/twilio/{tenant}/status, events initiated, ringing, answered, completed) and answers the call: provider twilio, status initiated, external_call_id = the CallSid. Its progress arrives through the status callbacks. No Twilio settings → 422 telephony.provider_not_configured; Twilio refusing the call → 422 telephony.provider_rejected with Twilio's code in provider_code; Twilio failing or unreachable → 502.
         *
         *     **Access**: an API key with role `agent` or `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `call.contact_unknown` (422), `telephony.contact_without_phone` (422), `telephony.opportunity_not_of_contact` (422), `telephony.provider_not_configured` (422), `telephony.provider_rejected` (422), `rate_limit.exceeded` (429), `telephony.provider_unavailable` (502), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["CallProviderController_initiate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crm/calls/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream the call's stored recording (from a recording e-mail or fetched from Zadarma)
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["CallProviderController_recording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates, newest first
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["TemplatesController_list"];
        put?: never;
        /**
         * Create a message template
         * @description The content (and an e-mail subject) is Liquid output tags (`{{ name }}`, `{{ name | default: "amigo" }}`) over the render context; a syntax error is 422 `template.invalid_syntax` with its line and column.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `template.invalid_syntax` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["TemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/agent-type/{agent_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The templates of one agent type, newest first (seed 004's path)
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["TemplatesController_byAgentType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a template
         * @description **Access**: any API key (`admin`, `agent` or `viewer`).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `resource.not_found` (404), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        get: operations["TemplatesController_get"];
        /**
         * Replace a template; its version goes up by one
         * @description Messages already sent keep the version they rendered.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `template.invalid_syntax` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["TemplatesController_replace"];
        post?: never;
        /**
         * Delete a template
         * @description 409 `template.in_use` while a campaign step or an AI agent uses it (those arrive with the campaign engine and the AI agent).
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `resource.stale_version` (409), `template.in_use` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        delete: operations["TemplatesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render a template for a lead or for sample values, without sending
         * @description Never fails for a missing value: `missing` names them and `rendered` is null, exactly the case where a send fails with `template.missing_variable`. `used_defaults` names the variables that took a default.
         *
         *     **Access**: an API key with role `admin` or `agent` (viewers only read).
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `resource.not_found` (404), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `message.contact_unknown` (422), `message.opportunity_unknown` (422), `rate_limit.exceeded` (429), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        post: operations["TemplatesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Connect a WhatsApp Cloud API business number (admin)
         * @description Checks the token live by reading the phone number (`GET /{graph_version}/{phone_number_id}`): refused → 422, Meta unreachable → 503, nothing saved. Stores the token, app secret and verify token encrypted; the answer shows them only masked. Then, in the Meta app's webhook settings, enter the callback URL `PUBLIC_BASE_URL/api/v1/webhooks/whatsapp/<tenant id>` and the verify token, and subscribe to the `messages` field.
         *
         *     **Access**: an API key with role `admin`.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `auth.unauthenticated` (401), `auth.forbidden` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `channel.credentials_rejected` (422), `rate_limit.exceeded` (429), `channel.provider_unavailable` (503), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: counts against the API key's `RATE_LIMIT_PER_MINUTE`.
         */
        put: operations["WhatsappIntegrationController_whatsapp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/whatsapp/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta's webhook subscription handshake: answers hub.challenge
         * @description Meta calls this when the callback URL is saved in the app: with `hub.mode=subscribe` and the verify token saved by `PUT /api/v1/integrations/whatsapp`, the answer is `hub.challenge` verbatim as text/plain; otherwise 403.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `channel.verify_token_invalid` (403), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: whatsapp webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        get: operations["WhatsappWebhooksController_handshake"];
        put?: never;
        /**
         * WhatsApp Cloud API webhooks: inbound messages and delivery statuses
         * @description JSON as Meta posts it, signed with the app secret in `X-Hub-Signature-256` (`sha256=` and the hex HMAC-SHA256 of the exact body bytes): missing or wrong → 401 and nothing stored. Each `messages[]` entry is a message from the lead, matched to the contact by wa_id, then phone, and shown in their timeline (a stop word such as "Cancelar" opts them out of WhatsApp instead); each `statuses[]` entry moves one of our messages to sent, delivered, read or failed, never backwards. Events are stored before the 200 and applied by the worker; a redelivery stores nothing new.
         *
         *     **Access**: no credentials.
         *
         *     **Error codes**: `request.invalid` (400), `request.malformed_json` (400), `channel.webhook_signature_invalid` (401), `idempotency.key_reused` (409), `idempotency.in_progress` (409), `request.too_large` (413), `request.unsupported_media_type` (415), `rate_limit.exceeded` (429), `integration.secrets_key_missing` (503), `dependency.unavailable` (503).
         *
         *     **Rate limit**: whatsapp webhooks count per tenant against `WEBHOOK_RATE_LIMIT_PER_MINUTE`, not against any API key.
         */
        post: operations["WhatsappWebhooksController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateTenantBody: {
            /** @example Agencia Norte */
            name: string;
            /** @example agencia-norte */
            slug?: string;
        };
        IssuedKeyView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "agent" | "viewer";
            /**
             * @description The key itself: shown only in this response, store it now. null in an Idempotency-Key replay (never stored)
             * @example ll_3q2Yc8pXnVtA0b4kR7mLwZsE1uHdJ6gF9iOyTeKxN5M
             */
            key: string | null;
            /** Format: date-time */
            created_at: string;
        };
        CreatedTenantView: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            created_at: string;
            api_key: components["schemas"]["IssuedKeyView"];
        };
        TenantView: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            created_at: string;
        };
        TenantPage: {
            data: components["schemas"]["TenantView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        CreateApiKeyBody: {
            /** @example Call center agents */
            name: string;
            /** @enum {string} */
            role: "admin" | "agent" | "viewer";
        };
        ApiKeyView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "agent" | "viewer";
            /**
             * @description First characters of the key, to recognise it
             * @example ll_AbCdEfGh
             */
            prefix: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKeyView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        ContactBody: {
            /** @example María */
            first_name?: string | null;
            /** @example López */
            last_name?: string | null;
            /**
             * @description Normalised to E.164; numbers without a country code are read in DEFAULT_PHONE_REGION (unique per tenant)
             * @example 55 1234 5678
             */
            phone?: string | null;
            /**
             * Format: email
             * @example maria@example.com
             */
            email?: string | null;
            /**
             * @description ManyChat subscriber id (unique per tenant)
             * @example 1234567890
             */
            manychat_id?: string | null;
            /**
             * Format: uuid
             * @description A channel of this tenant (unknown → 422 channel.unknown)
             */
            channel_id?: string | null;
            /**
             * @description ISO-8601, any offset
             * @example 2025-07-11T17:14:31.220Z
             */
            subscribed_at?: string | null;
            /** @example Nuevo Lead */
            last_state?: string | null;
            /** @example Nuevo */
            initial_state?: string | null;
        };
        ContactView: {
            /** Format: uuid */
            id: string;
            /** @example María */
            first_name: string | null;
            /** @example López */
            last_name: string | null;
            /** @example +525512345678 */
            phone: string | null;
            email: string | null;
            manychat_id: string | null;
            /** Format: uuid */
            channel_id: string | null;
            /** Format: date-time */
            subscribed_at: string | null;
            last_state: string | null;
            initial_state: string | null;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ContactPage: {
            data: components["schemas"]["ContactView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        ContactPatch: {
            /** @example María */
            first_name?: string | null;
            /** @example López */
            last_name?: string | null;
            /**
             * @description Normalised to E.164; numbers without a country code are read in DEFAULT_PHONE_REGION (unique per tenant)
             * @example 55 1234 5678
             */
            phone?: string | null;
            /**
             * Format: email
             * @example maria@example.com
             */
            email?: string | null;
            /**
             * @description ManyChat subscriber id (unique per tenant)
             * @example 1234567890
             */
            manychat_id?: string | null;
            /**
             * Format: uuid
             * @description A channel of this tenant (unknown → 422 channel.unknown)
             */
            channel_id?: string | null;
            /**
             * @description ISO-8601, any offset
             * @example 2025-07-11T17:14:31.220Z
             */
            subscribed_at?: string | null;
            /** @example Nuevo Lead */
            last_state?: string | null;
            /** @example Nuevo */
            initial_state?: string | null;
        };
        StageBody: {
            /** @example perfilamiento */
            key: string;
            /** @example Perfilamiento */
            name: string;
            /** @description Defaults to the index in the list */
            position?: number;
            /**
             * @default open
             * @enum {string}
             */
            kind?: "open" | "won" | "lost";
            /** @example 16 */
            odoo_stage_id?: number | null;
            /**
             * @description Chance of winning from this stage (%)
             * @example 20
             */
            probability?: number | null;
            /**
             * @description Days without activity after which a lead here is inactive; 7 when null
             * @example 7
             */
            rotting_days?: number | null;
            /**
             * @description Multiplies the lead score while in this stage
             * @default 1
             * @example 1.2
             */
            score_multiplier?: number;
            /** @description Move on by itself when `when` holds (contract §11). A `to` that is not a stage, is lost or is not after this stage, or a `when` that is not JsonLogic, is a 422 */
            auto_advance?: {
                /**
                 * @description JsonLogic over the lead's render context
                 * @example {
                 *       "==": [
                 *         {
                 *           "var": "first_call_completed"
                 *         },
                 *         true
                 *       ]
                 *     }
                 */
                when?: {
                    [key: string]: unknown;
                };
                /**
                 * @description The target stage; null: the next open stage by position
                 * @example perfilamiento
                 */
                to?: string | null;
            } | null;
        };
        CreatePipelineBody: {
            /** @example ManyChat funnel */
            name: string;
            /**
             * @description Either a template, or initial_stage + stages
             * @enum {string}
             */
            template?: "sales" | "manychat_odoo";
            /** @example agent_initial */
            initial_stage?: string;
            stages?: components["schemas"]["StageBody"][];
        };
        StageView: {
            /** @example perfilamiento */
            key: string;
            /** @example Perfilamiento */
            name: string;
            /** @example 1 */
            position: number;
            /** @enum {string} */
            kind: "open" | "won" | "lost";
            /** @example null */
            odoo_stage_id: number | null;
            /**
             * @description Chance of winning from this stage (%)
             * @example 15
             */
            probability: number | null;
            /**
             * @description Days without activity after which a lead here is inactive (7 when null)
             * @example 7
             */
            rotting_days: number | null;
            /**
             * @description Multiplies the lead score while in this stage
             * @example 1
             */
            score_multiplier: number;
            /** @description Move on by itself when `when` holds (contract §11); null: no rule */
            auto_advance: {
                /**
                 * @description JsonLogic over the lead's render context
                 * @example {
                 *       "==": [
                 *         {
                 *           "var": "first_call_completed"
                 *         },
                 *         true
                 *       ]
                 *     }
                 */
                when?: {
                    [key: string]: unknown;
                };
                /**
                 * @description The target stage; null: the next open stage by position
                 * @example perfilamiento
                 */
                to?: string | null;
            } | null;
        };
        PipelineView: {
            /** Format: uuid */
            id: string;
            /** @example Sales */
            name: string;
            is_default: boolean;
            /** @example agent_initial */
            initial_stage: string;
            stages: components["schemas"]["StageView"][];
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PipelinePage: {
            data: components["schemas"]["PipelineView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        UpdatePipelineBody: {
            name?: string;
            initial_stage?: string;
            /** @description Replaces the whole list; keys that opportunities are in must stay */
            stages?: components["schemas"]["StageBody"][];
        };
        MoveStageBody: {
            /**
             * @description A stage key of the opportunity's pipeline (else 422, naming the keys it has)
             * @example perfilamiento
             */
            stage: string;
            /** @example Customer answered the first call */
            reason?: string;
        };
        PipelineStageView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            entity_type: "leads";
            /**
             * Format: uuid
             * @description The opportunity id
             */
            entity_id: string;
            /** @example agent_initial */
            current_stage: string;
            /** Format: date-time */
            stage_entered_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        OdooView: {
            lead_id: number | null;
            /** @enum {string} */
            sync_status: "not_configured" | "pending" | "success" | "error";
            /** Format: date-time */
            last_synced_at: string | null;
            last_error: string | null;
        };
        OpportunityView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contact_id: string;
            /** Format: uuid */
            pipeline_id: string;
            /** Format: uuid */
            pipeline_stage_id: string;
            pipeline_stage: components["schemas"]["PipelineStageView"];
            /** @example 75 */
            opportunity_score: number | null;
            detection_reason: string | null;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "urgent";
            /** @enum {string} */
            status: "pending" | "assigned" | "contacted" | "qualified" | "won" | "lost";
            /** Format: date-time */
            detected_at: string;
            /** Format: uuid */
            assigned_advisor_id: string | null;
            /** @enum {string|null} */
            treatment_type: "automated_telegram" | "automated_call" | "manual_follow_up" | "hold" | null;
            /** Format: date-time */
            next_action_at: string | null;
            notes: string | null;
            /**
             * @description Attempts keyed "1" … "5"
             * @example {}
             */
            first_call_attempts: {
                [key: string]: components["schemas"]["FirstCallAttemptView"];
            };
            first_call_completed: boolean;
            first_call_successful_attempt: number | null;
            /** Format: date-time */
            last_contact_attempt_at: string | null;
            /** @description The computed lead score (contract §12); null until first scored */
            lead_score: {
                /**
                 * @description clamp(round((base + Σ points) × multiplier), 0, 100)
                 * @example 68
                 */
                value?: number;
                components?: {
                    /**
                     * @description A rule that held, or stage_score: what the stage multiplier added or took
                     * @example first_call_completed
                     */
                    rule?: string;
                    /** @example 15 */
                    points?: number;
                }[];
                /**
                 * @description opportunity_score × base_weight
                 * @example 37.5
                 */
                base?: number;
                /**
                 * @description The current stage's score_multiplier
                 * @example 1.1
                 */
                multiplier?: number;
                /** @example 1 */
                model_version?: number;
                /** Format: date-time */
                computed_at?: string;
            } | null;
            odoo: components["schemas"]["OdooView"];
            /** @description Optimistic-locking version; send it as If-Match to refuse stale writes */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AutoAdvanceResultView: {
            /** @description Whether the opportunity moved */
            moved: boolean;
            /** @example agent_initial */
            from_stage: string;
            /**
             * @description The stage it moved to; null when it stayed
             * @example perfilamiento
             */
            to_stage: string | null;
            /** @description The current stage's rule as evaluated; null when the stage has none */
            rule: {
                /**
                 * @description JsonLogic over the lead's render context
                 * @example {
                 *       "==": [
                 *         {
                 *           "var": "first_call_completed"
                 *         },
                 *         true
                 *       ]
                 *     }
                 */
                when?: {
                    [key: string]: unknown;
                };
                /**
                 * @description The target stage; null: the next open stage by position
                 * @example perfilamiento
                 */
                to?: string | null;
            } | null;
        };
        StageLeadView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            contact_id: string;
            /** Format: uuid */
            pipeline_id: string;
            /** Format: uuid */
            pipeline_stage_id: string;
            pipeline_stage: components["schemas"]["PipelineStageView"];
            /** @example 75 */
            opportunity_score: number | null;
            detection_reason: string | null;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "urgent";
            /** @enum {string} */
            status: "pending" | "assigned" | "contacted" | "qualified" | "won" | "lost";
            /** Format: date-time */
            detected_at: string;
            /** Format: uuid */
            assigned_advisor_id: string | null;
            /** @enum {string|null} */
            treatment_type: "automated_telegram" | "automated_call" | "manual_follow_up" | "hold" | null;
            /** Format: date-time */
            next_action_at: string | null;
            notes: string | null;
            /**
             * @description Attempts keyed "1" … "5"
             * @example {}
             */
            first_call_attempts: {
                [key: string]: components["schemas"]["FirstCallAttemptView"];
            };
            first_call_completed: boolean;
            first_call_successful_attempt: number | null;
            /** Format: date-time */
            last_contact_attempt_at: string | null;
            /** @description The computed lead score (contract §12); null until first scored */
            lead_score: {
                /**
                 * @description clamp(round((base + Σ points) × multiplier), 0, 100)
                 * @example 68
                 */
                value?: number;
                components?: {
                    /**
                     * @description A rule that held, or stage_score: what the stage multiplier added or took
                     * @example first_call_completed
                     */
                    rule?: string;
                    /** @example 15 */
                    points?: number;
                }[];
                /**
                 * @description opportunity_score × base_weight
                 * @example 37.5
                 */
                base?: number;
                /**
                 * @description The current stage's score_multiplier
                 * @example 1.1
                 */
                multiplier?: number;
                /** @example 1 */
                model_version?: number;
                /** Format: date-time */
                computed_at?: string;
            } | null;
            odoo: components["schemas"]["OdooView"];
            /** @description Optimistic-locking version; send it as If-Match to refuse stale writes */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description The latest activity in the current stage (stage change, edit, call attempt, message, meeting)
             */
            last_activity_at: string;
            /**
             * @description Seconds since last_activity_at
             * @example 691200
             */
            idle_seconds: number;
            /**
             * @description Seconds since the opportunity entered the stage
             * @example 950400
             */
            time_in_stage_seconds: number;
        };
        StageLeadPage: {
            data: components["schemas"]["StageLeadView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        StageMetricsView: {
            /** @example perfilamiento */
            key: string;
            /** @example Perfilamiento */
            name: string;
            /** @enum {string} */
            kind: "open" | "won" | "lost";
            /**
             * @description Opportunities in the stage now
             * @example 120
             */
            count: number;
            /**
             * @description Entries into the stage within [from, to); a re-entry counts again
             * @example 80
             */
            entered: number;
            /**
             * @description Of those entries, how many later reached an open stage of a higher position or a won stage (a move into a lost stage is not an advance)
             * @example 36
             */
            advanced: number;
            /**
             * @description advanced / entered; null without entries
             * @example 0.45
             */
            conversion_rate: number | null;
            /**
             * @description Mean duration of the visits of this stage that ended within [from, to); null without any
             * @example 302400
             */
            avg_time_in_stage_seconds: number | null;
            /**
             * @description Median of the same visits
             * @example 259200
             */
            median_time_in_stage_seconds: number | null;
            /**
             * @description Mean time the opportunities in the stage now have been in it; null when empty
             * @example 432000
             */
            current_avg_age_seconds: number | null;
            /**
             * @description Opportunities in the stage now with no activity for the stage's rotting_days (else 7), as the inactive endpoint answers; 0 for won and lost stages
             * @example 14
             */
            inactive: number;
        };
        PipelineMetricsView: {
            /** Format: uuid */
            pipeline_id: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** Format: date-time */
            generated_at: string;
            /**
             * @description Opportunities in open stages now
             * @example 412
             */
            open: number;
            /**
             * @description Opportunities that entered a won stage within [from, to)
             * @example 21
             */
            won: number;
            /**
             * @description Opportunities that entered a lost stage within [from, to)
             * @example 9
             */
            lost: number;
            /**
             * @description won / (won + lost); null when none closed in the window
             * @example 0.7
             */
            win_rate: number | null;
            /** @description Every stage of the pipeline, by position */
            stages: components["schemas"]["StageMetricsView"][];
        };
        ScoringRuleView: {
            /** @example known_budget */
            name: string;
            /**
             * @example {
             *       "!!": [
             *         {
             *           "var": "budget"
             *         }
             *       ]
             *     }
             */
            when: {
                [key: string]: unknown;
            };
            /** @example 10 */
            points: number;
        };
        ScoringModelView: {
            /** @example 0.5 */
            base_weight: number;
            rules: components["schemas"]["ScoringRuleView"][];
            /**
             * @description 1 is the shipped default; every PUT adds one
             * @example 1
             */
            version: number;
        };
        ScoringRuleBody: {
            /**
             * @description Unique in the model; shown as the component's `rule`
             * @example known_budget
             */
            name: string;
            /**
             * @description JsonLogic over the lead's render context (contract §9)
             * @example {
             *       "!!": [
             *         {
             *           "var": "budget"
             *         }
             *       ]
             *     }
             */
            when: {
                [key: string]: unknown;
            };
            /** @example 10 */
            points: number;
        };
        ScoringModelBody: {
            /**
             * @description base = opportunity_score × base_weight
             * @example 0.5
             */
            base_weight: number;
            rules: components["schemas"]["ScoringRuleBody"][];
        };
        ScoreRecomputeStatusView: {
            /** Format: uuid */
            id: string;
            /**
             * @description superseded: a newer recompute took over
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "superseded" | "failed";
            /** @example 2 */
            model_version: number;
            /**
             * @description Opportunities of the tenant when the run started
             * @example 12000
             */
            total: number;
            /**
             * @description Opportunities scored so far
             * @example 4000
             */
            processed: number;
            /**
             * @description Of those, how many got another score
             * @example 3100
             */
            changed: number;
            error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        ScoreComponentView: {
            /**
             * @description A rule that held, or stage_score: what the stage multiplier added or took
             * @example first_call_completed
             */
            rule: string;
            /** @example 15 */
            points: number;
        };
        ScoreBreakdownView: {
            /**
             * @description clamp(round((base + Σ points) × multiplier), 0, 100)
             * @example 68
             */
            value: number;
            components: components["schemas"]["ScoreComponentView"][];
            /**
             * @description opportunity_score × base_weight
             * @example 37.5
             */
            base: number;
            /**
             * @description The current stage's score_multiplier
             * @example 1.1
             */
            multiplier: number;
            /** @example 1 */
            model_version: number;
            /** Format: date-time */
            computed_at: string;
            /** Format: uuid */
            opportunity_id: string;
        };
        CreateOpportunityBody: {
            /** @example 75 */
            opportunity_score?: number | null;
            /**
             * @default medium
             * @enum {string}
             */
            priority?: "low" | "medium" | "high" | "urgent";
            /**
             * Format: uuid
             * @description Assigning an advisor to a pending opportunity makes it assigned
             */
            assigned_advisor_id?: string | null;
            /** @enum {string|null} */
            treatment_type?: "automated_telegram" | "automated_call" | "manual_follow_up" | "hold" | null;
            /** @example 2026-12-01T15:00:00-06:00 */
            next_action_at?: string | null;
            notes?: string | null;
            /**
             * Format: uuid
             * @description An existing contact of this tenant (unknown → 422)
             */
            contact_id: string;
            /** @example Alta probabilidad de conversión */
            detection_reason?: string | null;
            /**
             * Format: uuid
             * @description Defaults to the tenant's default pipeline
             */
            pipeline_id?: string;
        };
        OpportunityPage: {
            data: components["schemas"]["OpportunityView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        UpdateOpportunityBody: {
            /** @example 75 */
            opportunity_score?: number | null;
            /**
             * @default medium
             * @enum {string}
             */
            priority?: "low" | "medium" | "high" | "urgent";
            /**
             * Format: uuid
             * @description Assigning an advisor to a pending opportunity makes it assigned
             */
            assigned_advisor_id?: string | null;
            /** @enum {string|null} */
            treatment_type?: "automated_telegram" | "automated_call" | "manual_follow_up" | "hold" | null;
            /** @example 2026-12-01T15:00:00-06:00 */
            next_action_at?: string | null;
            notes?: string | null;
            /**
             * @description Moves forward only; won and lost are final
             * @enum {string}
             */
            status?: "pending" | "assigned" | "contacted" | "qualified" | "won" | "lost";
        };
        StageChangeView: {
            from_stage: string | null;
            to_stage: string;
            /** Format: date-time */
            changed_at: string;
            reason: string | null;
            /** @example api */
            source: string;
        };
        StageChangePage: {
            data: components["schemas"]["StageChangeView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        CallBody: {
            /**
             * @description Defaults to "contacts" when entity_id is given
             * @enum {string|null}
             */
            entity_type?: "contacts" | null;
            /**
             * Format: uuid
             * @description A contact of this tenant (unknown → 422)
             */
            entity_id?: string | null;
            /** @enum {string|null} */
            call_status?: "initiated" | "ringing" | "answered" | "completed" | "failed" | "no_answer" | "busy" | "cancelled" | "rejected" | null;
            /**
             * @default manual
             * @enum {string}
             */
            provider?: "manual" | "zadarma" | "twilio";
            /**
             * @description The provider's call id; unique per provider (duplicate → 409)
             * @example out_4f1c2d3e4b5a
             */
            external_call_id?: string | null;
            /**
             * @description A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits
             * @example 100
             */
            from_number?: string | null;
            /**
             * @description A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits
             * @example 55 9876 5432
             */
            to_number?: string | null;
            /**
             * @description The attempt time of a first-call attempt
             * @example 2025-01-29T10:00:00Z
             */
            started_at?: string | null;
            answered_at?: string | null;
            ended_at?: string | null;
            duration_seconds?: number | null;
            recording_url?: string | null;
            /**
             * @description Attempt notes when there is no summary
             * @example No contestó
             */
            call_result?: string | null;
            /** @description Attempt notes */
            summary?: string | null;
            /**
             * @description Only outbound calls to a contact register first-call attempts
             * @enum {string}
             */
            direction: "inbound" | "outbound";
        };
        CallView: {
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            entity_type: "contacts" | null;
            /** Format: uuid */
            entity_id: string | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string|null} */
            call_status: "initiated" | "ringing" | "answered" | "completed" | "failed" | "no_answer" | "busy" | "cancelled" | "rejected" | null;
            /** @enum {string} */
            provider: "manual" | "zadarma" | "twilio";
            external_call_id: string | null;
            /**
             * @description E.164, or a PBX extension
             * @example 100
             */
            from_number: string | null;
            /**
             * @description E.164, or a PBX extension
             * @example +525598765432
             */
            to_number: string | null;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            answered_at: string | null;
            /** Format: date-time */
            ended_at: string | null;
            duration_seconds: number | null;
            recording_url: string | null;
            call_result: string | null;
            summary: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @example 1 */
            version: number;
        };
        SyncAttemptsBody: {
            /**
             * @description Only calls from this instant on; all calls when absent
             * @example 2025-01-01T00:00:00Z
             */
            since?: string;
        };
        AttemptSyncView: {
            /** @enum {string} */
            status: "queued";
            /** Format: uuid */
            sync_id: string;
            /** Format: date-time */
            since: string | null;
        };
        CallPage: {
            data: components["schemas"]["CallView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        PatchCallBody: {
            /**
             * @description Defaults to "contacts" when entity_id is given
             * @enum {string|null}
             */
            entity_type?: "contacts" | null;
            /**
             * Format: uuid
             * @description A contact of this tenant (unknown → 422)
             */
            entity_id?: string | null;
            /** @enum {string|null} */
            call_status?: "initiated" | "ringing" | "answered" | "completed" | "failed" | "no_answer" | "busy" | "cancelled" | "rejected" | null;
            /**
             * @default manual
             * @enum {string}
             */
            provider?: "manual" | "zadarma" | "twilio";
            /**
             * @description The provider's call id; unique per provider (duplicate → 409)
             * @example out_4f1c2d3e4b5a
             */
            external_call_id?: string | null;
            /**
             * @description A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits
             * @example 100
             */
            from_number?: string | null;
            /**
             * @description A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits
             * @example 55 9876 5432
             */
            to_number?: string | null;
            /**
             * @description The attempt time of a first-call attempt
             * @example 2025-01-29T10:00:00Z
             */
            started_at?: string | null;
            answered_at?: string | null;
            ended_at?: string | null;
            duration_seconds?: number | null;
            recording_url?: string | null;
            /**
             * @description Attempt notes when there is no summary
             * @example No contestó
             */
            call_result?: string | null;
            /** @description Attempt notes */
            summary?: string | null;
            /** @enum {string} */
            direction?: "inbound" | "outbound";
        };
        AuditActorView: {
            /** @enum {string} */
            type: "api_key" | "system" | "webhook";
            id: string | null;
            name: string | null;
        };
        AuditEntryView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["AuditActorView"];
            /** @example stage_changed */
            action: string;
            /** @example opportunity */
            entity_type: string;
            /** Format: uuid */
            entity_id: string;
            /**
             * @description Changed fields with their old and new values
             * @example {
             *       "stage": {
             *         "from": "agent_initial",
             *         "to": "perfilamiento"
             *       }
             *     }
             */
            changes: {
                [key: string]: components["schemas"]["FieldChangeView"];
            };
            request_id: string | null;
        };
        AuditEntryPage: {
            data: components["schemas"]["AuditEntryView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        IntegrationView: {
            /** @enum {string} */
            provider: "zadarma" | "twilio" | "odoo" | "telegram" | "whatsapp" | "email";
            /**
             * @description The non-secret settings as saved
             * @example {
             *       "url": "https://acme.odoo.com",
             *       "db": "acme",
             *       "username": "bot@acme.com"
             *     }
             */
            settings: {
                [key: string]: string | null;
            };
            /**
             * @description Write-only secrets are never returned; long ones show their last four characters
             * @example {
             *       "api_key": "••••9f3a"
             *     }
             */
            secrets: {
                [key: string]: string;
            };
            /** Format: date-time */
            updated_at: string;
        };
        IntegrationListView: {
            data: components["schemas"]["IntegrationView"][];
        };
        LiveView: {
            /** @enum {string} */
            status: "ok";
        };
        ReadinessChecksView: {
            /**
             * @description not_migrated: reachable, but migrations are pending
             * @enum {string}
             */
            postgres: "up" | "down" | "not_migrated";
            /** @enum {string} */
            redis: "up" | "down";
        };
        ReadinessView: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            checks: components["schemas"]["ReadinessChecksView"];
            /**
             * @description What is wrong, when something is
             * @example database not migrated: run `npm run migrate`
             */
            detail?: string;
        };
        ChannelBody: {
            /** @example Facebook Messenger */
            name: string;
            /** @example Canal oficial de Facebook */
            description?: string | null;
        };
        ChannelView: {
            /** Format: uuid */
            id: string;
            /** @example Facebook Messenger */
            name: string;
            /** @example Canal oficial de Facebook */
            description: string | null;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ChannelPage: {
            data: components["schemas"]["ChannelView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        ChannelPatch: {
            /** @example Facebook Messenger */
            name?: string;
            /** @example Canal oficial de Facebook */
            description?: string | null;
        };
        AdvisorBody: {
            /** @example Dra. Laura */
            name: string;
            /**
             * @example medical
             * @enum {string}
             */
            kind: "commercial" | "medical" | "agent";
            /** @example laura@ejemplo.com */
            email?: string | null;
            /**
             * @description Normalised to E.164 like contact phones
             * @example +521234567891
             */
            phone?: string | null;
            /**
             * @description ManyChat comercial_id / medico_id; unique per tenant and kind (409 with existing_id)
             * @example 101
             */
            external_id?: string | null;
        };
        AdvisorView: {
            /** Format: uuid */
            id: string;
            /** @example Dra. Laura */
            name: string;
            /** @example laura@ejemplo.com */
            email: string | null;
            /** @example +521234567891 */
            phone: string | null;
            /** @enum {string} */
            kind: "commercial" | "medical" | "agent";
            /**
             * @description ManyChat comercial_id / medico_id; unique per kind
             * @example 101
             */
            external_id: string | null;
            /** @description Created automatically from an external id seen in a ManyChat event; details still to fill in */
            auto_created: boolean;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AdvisorPage: {
            data: components["schemas"]["AdvisorView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        AdvisorPatch: {
            /** @example Dra. Laura */
            name?: string;
            /**
             * @example medical
             * @enum {string}
             */
            kind?: "commercial" | "medical" | "agent";
            /** @example laura@ejemplo.com */
            email?: string | null;
            /**
             * @description Normalised to E.164 like contact phones
             * @example +521234567891
             */
            phone?: string | null;
            /**
             * @description ManyChat comercial_id / medico_id; unique per tenant and kind (409 with existing_id)
             * @example 101
             */
            external_id?: string | null;
        };
        CampaignBody: {
            /** @example Campaña Invierno 2025 */
            name: string;
            description?: string | null;
            /** @example 2025-06-12T14:49:28.163Z */
            date_start?: string | null;
            /**
             * @description Not before date_start
             * @example 2025-12-31T23:59:59.000Z
             */
            date_end?: string | null;
            /**
             * @description At most two decimals
             * @example 50000
             */
            budget?: number | null;
            /**
             * @description completed is final
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "active" | "paused" | "completed";
            /**
             * Format: uuid
             * @description A channel of this tenant (unknown → 422)
             */
            channel_id?: string | null;
            /**
             * @description ManyChat campaign_id; unique per tenant (409 with existing_id)
             * @example 85
             */
            external_id?: string | null;
        };
        CampaignView: {
            /** Format: uuid */
            id: string;
            /** @example Campaña Invierno 2025 */
            name: string;
            description: string | null;
            /**
             * Format: date-time
             * @example 2025-06-12T14:49:28.163Z
             */
            date_start: string | null;
            /**
             * Format: date-time
             * @example 2025-12-31T23:59:59.000Z
             */
            date_end: string | null;
            /** @example 50000 */
            budget: number | null;
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "completed";
            /** Format: uuid */
            channel_id: string | null;
            /**
             * @description ManyChat campaign_id; unique per tenant
             * @example 85
             */
            external_id: string | null;
            /** @description Created automatically from a ManyChat campaign_id we had not seen */
            auto_created: boolean;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CampaignPage: {
            data: components["schemas"]["CampaignView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        CampaignPatch: {
            /** @example Campaña Invierno 2025 */
            name?: string;
            description?: string | null;
            /** @example 2025-06-12T14:49:28.163Z */
            date_start?: string | null;
            /**
             * @description Not before date_start
             * @example 2025-12-31T23:59:59.000Z
             */
            date_end?: string | null;
            /**
             * @description At most two decimals
             * @example 50000
             */
            budget?: number | null;
            /**
             * @description completed is final
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "active" | "paused" | "completed";
            /**
             * Format: uuid
             * @description A channel of this tenant (unknown → 422)
             */
            channel_id?: string | null;
            /**
             * @description ManyChat campaign_id; unique per tenant (409 with existing_id)
             * @example 85
             */
            external_id?: string | null;
        };
        CampaignMemberView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            campaign_id: string;
            /** Format: uuid */
            contact_id: string;
            /** Format: uuid */
            commercial_advisor_id: string | null;
            /** Format: uuid */
            medical_advisor_id: string | null;
            /**
             * Format: date-time
             * @description When the current medical advisor was assigned
             */
            medical_assignment_date: string | null;
            /** @example Asignado a médico */
            last_state: string | null;
            /** @example Conversación finalizada, cliente agendó consulta. */
            summary: string | null;
            /**
             * @description ManyChat tipo_asignacion
             * @example medico
             */
            assignment_type: string | null;
            /**
             * Format: date-time
             * @description When the latest assignment happened at the source
             */
            assigned_at: string;
            /** @example 1 */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CampaignMemberPage: {
            data: components["schemas"]["CampaignMemberView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        MemberBody: {
            /**
             * Format: uuid
             * @description A contact of this tenant (unknown → 422)
             */
            contact_id: string;
            /**
             * Format: uuid
             * @description An advisor of this tenant (unknown → 422)
             */
            commercial_advisor_id?: string | null;
            /**
             * Format: uuid
             * @description An advisor of this tenant (unknown → 422); dates medical_assignment_date when not given
             */
            medical_advisor_id?: string | null;
            /** @example 2025-06-10T11:00:00Z */
            medical_assignment_date?: string | null;
            /** @example Asignado a médico */
            last_state?: string | null;
            summary?: string | null;
            /** @example medico */
            assignment_type?: string | null;
            /**
             * @description Defaults to now
             * @example 2025-06-10T10:10:00Z
             */
            assigned_at?: string;
        };
        MemberPatch: {
            /**
             * Format: uuid
             * @description An advisor of this tenant (unknown → 422)
             */
            commercial_advisor_id?: string | null;
            /**
             * Format: uuid
             * @description An advisor of this tenant (unknown → 422); dates medical_assignment_date when not given
             */
            medical_advisor_id?: string | null;
            /** @example 2025-06-10T11:00:00Z */
            medical_assignment_date?: string | null;
            /** @example Asignado a médico */
            last_state?: string | null;
            summary?: string | null;
            /** @example medico */
            assignment_type?: string | null;
        };
        UpdateByManychatIdBody: {
            /**
             * @description The contact's ManyChat id (a number is read as its digits)
             * @example MC99999
             */
            manychat_id: string;
            /**
             * @description ManyChat campaign id (the campaign's external_id); without it, the contact's latest membership
             * @example 85
             */
            campaign_id?: (string | null) | number;
            /**
             * @description ManyChat medico_id (the medical advisor's external_id); an unknown one is created as a placeholder
             * @example 101
             */
            medical_advisor_id?: (string | null) | number;
            /**
             * @description Defaults to now when the medical advisor changes
             * @example 2025-06-10T11:00:00Z
             */
            medical_assignment_date?: string | null;
            /** @example Asignado a médico */
            last_state?: string | null;
            /** @example Conversación finalizada, cliente agendó consulta. */
            summary?: string | null;
        };
        ConnectOdooBody: {
            /**
             * @description Base URL of the Odoo 16–18 server; /jsonrpc is appended
             * @example https://miasalud.odoo.com
             */
            url: string;
            /** @example miasalud */
            db: string;
            /**
             * @description The Odoo login the API key belongs to
             * @example integracion@miasalud.com
             */
            username: string;
            /**
             * @description An Odoo API key (Preferences → Account Security); stored encrypted, never returned
             * @example 6f1c0e…
             */
            api_key: string;
        };
        OdooStageView: {
            /** @example 16 */
            id: number;
            /** @example Recién Suscrito Sin Asignar */
            name: string;
        };
        OdooConnectionView: {
            /** @enum {string} */
            provider: "zadarma" | "twilio" | "odoo" | "telegram" | "whatsapp" | "email";
            /**
             * @description The non-secret settings as saved
             * @example {
             *       "url": "https://acme.odoo.com",
             *       "db": "acme",
             *       "username": "bot@acme.com"
             *     }
             */
            settings: {
                [key: string]: string | null;
            };
            /**
             * @description Write-only secrets are never returned; long ones show their last four characters
             * @example {
             *       "api_key": "••••9f3a"
             *     }
             */
            secrets: {
                [key: string]: string;
            };
            /** Format: date-time */
            updated_at: string;
            /** @description The Odoo stages the tenant's pipelines map, as Odoo names them */
            stages: components["schemas"]["OdooStageView"][];
        };
        ResyncOdooBody: {
            /** @description Opportunities to sync again; omitted: every opportunity in a pipeline with Odoo stage ids */
            opportunity_ids?: string[];
        };
        ResyncView: {
            /** @description Queued; each is written to Odoo even if unchanged */
            queued: string[];
            /** @description Named, but in a pipeline without Odoo stage ids */
            skipped: string[];
        };
        DeadLetterView: {
            /** Format: uuid */
            id: string;
            /**
             * @example odoo-sync
             * @enum {string}
             */
            queue: "domain-events" | "priority-events" | "odoo-sync" | "background";
            /** @example sync-odoo-lead */
            job_name: string;
            /**
             * @description The job's ids: `eventId` for a domain event, `opportunityId` for an Odoo sync
             * @example {
             *       "tenantId": "0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b",
             *       "opportunityId": "0193a8f2-6d2e-7c4b-8e3f-4c2d5e6f7a8b"
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
            /** @example DomainError: Odoo refused the login "bot@acme.com" on database "acme": check the username and API key */
            error: string;
            /** @example 1 */
            attempts: number;
            /** Format: date-time */
            failed_at: string;
            /** Format: date-time */
            replayed_at: string | null;
        };
        DeadLetterPage: {
            data: components["schemas"]["DeadLetterView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        ContactWebhookBody: {
            /**
             * @description ManyChat subscriber id ({{user_id}}), kept as a string
             * @example 1234567890123456
             */
            manychat_id: string;
            /** @example Ana */
            nombre_lead: string;
            /** @example García */
            apellido_lead: string;
            /**
             * @description Normalised to E.164 (MX by default); an invalid number → 400
             * @example +521234567891
             */
            whatsapp: string;
            /**
             * @description The only optional field (contract §8)
             * @example ana@example.com
             */
            email_lead?: string;
            /** @example 2025-06-10T10:00:00Z */
            datetime_suscripcion: string;
            /**
             * @description When ManyChat sent it: an older event never overwrites a newer one
             * @example 2025-06-10T10:05:00Z
             */
            datetime_actual: string;
            /** @example Nuevo Lead */
            ultimo_estado: string;
            /**
             * @description Kept in the stored event
             * @example Facebook
             */
            canal_entrada: string;
            /** @example Nuevo */
            estado_inicial: string;
        };
        ManychatAcceptedView: {
            /**
             * Format: uuid
             * @description The same id for the same body sent again
             */
            event_id: string;
            /**
             * @description queued for a new event; a repeat shows where the first one is
             * @example queued
             * @enum {string}
             */
            status: "queued" | "processed" | "failed" | "dead";
        };
        CampaignAssignmentWebhookBody: {
            /**
             * @description ManyChat subscriber id ({{user_id}}), kept as a string
             * @example 1234567890123456
             */
            manychat_id: string;
            /**
             * @description ManyChat-side campaign id (a campaign external_id)
             * @example 85
             */
            campaign_id: string | number;
            /**
             * @description Commercial advisor external_id
             * @example 700
             */
            comercial_id: string | number;
            /**
             * @description Medical advisor external_id
             * @example 101
             */
            medico_id: string | number;
            /** @example 2025-06-10T10:10:00Z */
            datetime_actual: string;
            /** @example Asignado a campaña */
            ultimo_estado: string;
            /** @example medico */
            tipo_asignacion: string;
            /** @example El cliente preguntó por el producto X. */
            summary: string;
        };
        CrmStateBody: {
            /**
             * @description Odoo CRM stage id a pipeline stage maps (16 … 26 in the manychat_odoo template)
             * @example 17
             */
            stage_id: number;
            /** @example Pidió cotización */
            summary: string;
            /**
             * @description When the lead entered the stage; orders the events
             * @example 2025-07-11T17:14:31.220Z
             */
            date: string;
        };
        CrmOpportunityWebhookBody: {
            /**
             * @description ManyChat subscriber id ({{user_id}}), kept as a string
             * @example 1234567890123456
             */
            manychat_id: string;
            /** @example Ana */
            first_name: string;
            /** @example García */
            last_name: string;
            /** @example +521234567891 */
            phone: string;
            /**
             * @description Kept in the stored event
             * @example WhatsApp
             */
            channel: string;
            /** @example 2025-07-11T17:14:31.220Z */
            entry_date: string;
            /**
             * @description Kept in the stored event
             * @example 0
             */
            medical_advisor_id: string | number;
            /**
             * @description Kept in the stored event
             * @example 0
             */
            commercial_advisor_id: string | number;
            state: components["schemas"]["CrmStateBody"];
        };
        ManychatEventView: {
            /** Format: uuid */
            event_id: string;
            /** @enum {string} */
            type: "contact" | "campaign-assignment" | "crm-opportunity";
            /**
             * @description queued → processed; failed = will be retried (see last_error); dead = refused by a rule or out of retries, waiting in the dead letters
             * @enum {string}
             */
            status: "queued" | "processed" | "failed" | "dead";
            /**
             * @description Processing attempts so far
             * @example 1
             */
            attempts: number;
            /** @example null */
            last_error: string | null;
            /** Format: date-time */
            received_at: string;
            /** Format: date-time */
            processed_at: string | null;
        };
        ZadarmaSettingsBody: {
            /**
             * @description Zadarma API key (cabinet → Settings → API); write-only
             * @example a1b2c3d4e5f6a7b8c9d0
             */
            api_key: string;
            /**
             * @description Zadarma API secret: signs webhooks and REST calls; write-only
             * @example f0e1d2c3b4a59687
             */
            api_secret: string;
            /**
             * @description IANA zone of the Zadarma account: notifications' call_start is local time there
             * @default UTC
             * @example Europe/Madrid
             */
            timezone?: string;
            /**
             * @description REST API base (sandbox or proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)
             * @default https://api.zadarma.com
             * @example https://api-sandbox.zadarma.com
             */
            api_base_url?: string;
        };
        TwilioSettingsBody: {
            /** @example AC00000000000000000000000000000001 */
            account_sid: string;
            /**
             * @description Signs status callbacks and authenticates API calls; write-only
             * @example your_auth_token
             */
            auth_token: string;
            /**
             * @description A Twilio number or verified caller id, E.164
             * @example +14155550100
             */
            from_number: string;
            /**
             * @description REST API base (proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)
             * @default https://api.twilio.com
             * @example https://api.twilio.com
             */
            api_base_url?: string;
        };
        InitiateCallBody: {
            /**
             * Format: uuid
             * @description A contact of this tenant with a phone number (unknown or without phone → 422)
             */
            contact_id: string;
            /**
             * Format: uuid
             * @description Must be one of the contact's opportunities (else 422); the attempt lands on the contact's opportunity awaiting its first call
             */
            opportunity_id?: string;
        };
        TemplateBody: {
            /** @example Bienvenida perfilador */
            name: string;
            /** @enum {string} */
            channel: "telegram" | "whatsapp" | "email" | "call";
            /** @enum {string|null} */
            agent_type?: "perfilador" | "calificador_financiero" | "agendador" | "seguimiento" | null;
            /** @description email: required (Liquid like content); other channels: null or absent */
            subject?: string | null;
            /**
             * @description Liquid output tags over the render context. Rendered length: telegram ≤ 4096, whatsapp ≤ 1024, email ≤ 100000, call ≤ 10000
             * @example Hola {{ name | default: "amigo" }}, soy {{ advisor_name }}.
             */
            content: string;
            /**
             * @description Text per variable used when a lead has no value; keys must be variables of the template
             * @example {
             *       "advisor_name": "tu asesor"
             *     }
             */
            defaults?: {
                [key: string]: string;
            };
            /** @description whatsapp only: the approved template for sends outside the 24-hour window */
            whatsapp?: {
                /**
                 * @description The approved template's name: lowercase letters, digits and _
                 * @example seguimiento_cita
                 */
                template_name?: string;
                /**
                 * @description The approved template's language code
                 * @example es_MX
                 */
                language?: string;
                /**
                 * @description The variables whose values fill {{1}}, {{2}}, … of the approved template, in order
                 * @example [
                 *       "first_name",
                 *       "advisor_name"
                 *     ]
                 */
                parameters?: string[];
            } | null;
        };
        TemplateView: {
            /** Format: uuid */
            id: string;
            /** @example Bienvenida perfilador */
            name: string;
            /** @enum {string} */
            channel: "telegram" | "whatsapp" | "email" | "call";
            /** @enum {string|null} */
            agent_type: "perfilador" | "calificador_financiero" | "agendador" | "seguimiento" | null;
            /**
             * @description email only
             * @example null
             */
            subject: string | null;
            /** @example Hola {{ name | default: "amigo" }}, soy {{ advisor_name }}. ¿Buscas en {{ location }}? */
            content: string;
            /**
             * @description Text used when a variable has no value for a lead
             * @example {
             *       "location": "tu zona"
             *     }
             */
            defaults: {
                [key: string]: string;
            };
            /**
             * @description Read-only: the variables subject and content use, in order of first use
             * @example [
             *       "name",
             *       "advisor_name",
             *       "location"
             *     ]
             */
            variables: string[];
            /** @description whatsapp only: the approved template sent outside the 24-hour window */
            whatsapp?: {
                /**
                 * @description The approved template's name: lowercase letters, digits and _
                 * @example seguimiento_cita
                 */
                template_name: string;
                /**
                 * @description The approved template's language code
                 * @example es_MX
                 */
                language: string;
                /**
                 * @description The variables whose values fill {{1}}, {{2}}, … of the approved template, in order
                 * @example [
                 *       "first_name",
                 *       "advisor_name"
                 *     ]
                 */
                parameters: string[];
            } | null;
            /**
             * @description 1 on create, +1 on every PUT; each send records the version it rendered
             * @example 1
             */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        TemplatePage: {
            data: components["schemas"]["TemplateView"][];
            /** @description Pass as ?cursor= for the next page; null on the last */
            next_cursor: string | null;
        };
        PreviewBody: {
            /**
             * Format: uuid
             * @description An opportunity of this tenant: its contact's and its own values (unknown → 422)
             */
            opportunity_id?: string;
            /**
             * Format: uuid
             * @description A contact of this tenant (unknown → 422); with opportunity_id, its contact
             */
            contact_id?: string;
            /**
             * @description Values that override the lead's (a designer's sample data)
             * @example {
             *       "budget": "2 millones"
             *     }
             */
            variables?: {
                [key: string]: string;
            };
        };
        PreviewView: {
            /** @description No variable missing and the text within the channel limit: a send would send exactly this */
            ok: boolean;
            /**
             * @description The rendered subject (email)
             * @example null
             */
            subject: string | null;
            /**
             * @description Null while a variable is missing: a text with a hole is never produced
             * @example Hola María, soy Laura. ¿Buscas en tu zona?
             */
            rendered: string | null;
            /**
             * @description Variables that took a default, inline or from defaults
             * @example [
             *       "location"
             *     ]
             */
            used_defaults: string[];
            /**
             * @description Variables with no value and no default: a send fails with template.missing_variable
             * @example []
             */
            missing: string[];
            /**
             * @description Characters of the rendered text (null when not rendered)
             * @example 43
             */
            length: number | null;
            /**
             * @description The channel's limit: telegram 4096, whatsapp 1024, email 100000, call 10000
             * @example 4096
             */
            limit: number;
        };
        WhatsappSettingsBody: {
            /**
             * @description The business phone number id (WhatsApp Manager → API Setup), not the number itself
             * @example 106540352242922
             */
            phone_number_id: string;
            /**
             * @description A system-user access token with whatsapp_business_messaging; write-only
             * @example EAAGm0PX4ZCpsBA…
             */
            access_token: string;
            /**
             * @description The Meta app secret: verifies X-Hub-Signature-256 on webhooks; write-only
             * @example 0f1e2d3c4b5a69788796a5b4c3d2e1f0
             */
            app_secret: string;
            /**
             * @description What you enter as "Verify token" in the app's webhook settings; write-only
             * @example leadline-7f3a9c
             */
            verify_token: string;
            /**
             * @description Graph API base (proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)
             * @default https://graph.facebook.com
             * @example https://graph.facebook.com
             */
            api_base_url?: string;
            /**
             * @description Graph API version of every call
             * @default v21.0
             * @example v21.0
             */
            graph_version?: string;
        };
        WebhookAcceptedView: {
            /**
             * @description Events stored now; a redelivery stores none
             * @example 1
             */
            new_events: number;
        };
        FirstCallAttemptView: {
            /** @enum {string} */
            status: "green" | "orange" | "red";
            /** Format: uuid */
            call_id: string;
            /** Format: date-time */
            attempted_at: string;
            notes: string | null;
        };
        /** @description RFC 9457 problem details. Extension members (`existing_id`, `provider_code`, …) depend on the code: see each example. */
        Problem: {
            /**
             * @description `urn:leadline:problem:` and the code
             * @example urn:leadline:problem:contact.duplicate
             */
            type: string;
            /**
             * @description The HTTP status phrase
             * @example Conflict
             */
            title: string;
            /** @example 409 */
            status: number;
            /**
             * @description The stable error code
             * @example contact.duplicate
             */
            code: string;
            /**
             * @description What went wrong, for people
             * @example A contact with this phone already exists
             */
            detail: string;
            /** @description One entry per invalid field (400 only) */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description Also in the X-Request-Id header and every log line of the request
             * @example 0193a8f2-7e4f-7d5c-9a60-5d3e6f7a8b9c
             */
            request_id: string;
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @example phone */
            field: string;
            /** @example phone is not a valid phone number */
            message: string;
        };
        /** @description A field's value before and after the change (null when it had none) */
        FieldChangeView: {
            /**
             * @description Any JSON value, null included
             * @example agent_initial
             */
            from: unknown;
            /**
             * @description Any JSON value, null included
             * @example perfilamiento
             */
            to: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed in any minute for this API key (or this tenant's webhooks of this provider) */
        "RateLimit-Limit": string;
        /** @description Requests left now, after this one */
        "RateLimit-Remaining": string;
        /** @description Seconds until the current one-minute window ends, after which its requests start to count less */
        "RateLimit-Reset": string;
        /** @description Seconds to wait before one more request will be admitted */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    TenantsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TenantsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantBody"];
            };
        };
        responses: {
            /** @description The tenant and its first admin key (shown once) */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenantView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `tenant.slug_taken` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "tenant.slug_taken";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, without the keys themselves */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyBody"];
            };
        };
        responses: {
            /** @description The key, shown only here */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKeyView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or already revoked) */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `api_key.last_admin` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "api_key.last_admin";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ContactsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                /** @description Normalised like the stored phone before matching */
                phone?: string;
                manychat_id?: string;
                /** @description Prefix of first name, last name, e-mail or phone; case- and accent-insensitive (hernandez finds Hernández) */
                q?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ContactsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactBody"];
            };
        };
        responses: {
            /** @description The contact, phone in E.164 */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `contact.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "contact.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `channel.unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "channel.unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ContactsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ContactsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `contact.has_opportunities` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "contact.has_opportunities";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ContactsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatch"];
            };
        };
        responses: {
            /** @description The contact as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `contact.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "contact.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `channel.unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "channel.unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelinesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pipelines */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelinePage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelinesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePipelineBody"];
            };
        };
        responses: {
            /** @description The pipeline with its stages */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json`, `pipeline.invalid` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json" | "pipeline.invalid";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `pipeline.rule_invalid` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "pipeline.rule_invalid";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelinesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelinesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePipelineBody"];
            };
        };
        responses: {
            /** @description The pipeline as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json`, `pipeline.invalid` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json" | "pipeline.invalid";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `pipeline.stage_in_use` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "pipeline.stage_in_use";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `pipeline.rule_invalid` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "pipeline.rule_invalid";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelineController_moveStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveStageBody"];
            };
        };
        responses: {
            /** @description The opportunity in its new stage */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `opportunity.stage_not_in_pipeline`, `opportunity.invalid_status_transition` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "opportunity.stage_not_in_pipeline" | "opportunity.invalid_status_transition";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelineController_autoAdvance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the evaluation did */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoAdvanceResultView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelineController_stageLeads: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                /** @description The pipeline; the tenant's default when omitted */
                pipeline_id?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description A stage key of the pipeline (404 when it has none such) */
                stage: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of leads with their time in the stage */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageLeadPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelineController_inactive: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                /** @description The pipeline; the tenant's default when omitted */
                pipeline_id?: string;
                /** @description Days without activity; default the stage's rotting_days, else 7 */
                days?: number;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description A stage key of the pipeline (404 when it has none such) */
                stage: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of inactive leads, each with idle_seconds */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageLeadPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    PipelineController_metrics: {
        parameters: {
            query?: {
                /** @description The pipeline; the tenant's default when omitted */
                pipeline_id?: string;
                /** @description Window start (inclusive); default `to` minus 30 days */
                from?: string;
                /** @description Window end (exclusive); default now */
                to?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics of the pipeline over the window */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineMetricsView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ScoringController_model: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringModelView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ScoringController_replaceModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringModelBody"];
            };
        };
        responses: {
            /** @description The model as stored, with its new version */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringModelView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `scoring.model_invalid` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "scoring.model_invalid";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ScoringController_recompute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recompute, queued */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreRecomputeStatusView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ScoringController_recomputeStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recompute */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreRecomputeStatusView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ScoringController_score: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The breakdown */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreBreakdownView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                contact_id?: string;
                status?: "pending" | "assigned" | "contacted" | "qualified" | "won" | "lost";
                /** @description Current stage key */
                stage?: string;
                pipeline_id?: string;
                assigned_advisor_id?: string;
                priority?: "low" | "medium" | "high" | "urgent";
                /** @description lead_score.value at least this (unscored opportunities are left out) */
                min_score?: number;
                /** @description lead_score.value at most this (unscored opportunities are left out) */
                max_score?: number;
                /** @description -lead_score: highest lead score first (unscored last); default newest first */
                sort?: "-lead_score";
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpportunityBody"];
            };
        };
        responses: {
            /** @description The opportunity with its pipeline stage */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `contact.unknown`, `pipeline.unknown`, `advisor.unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "contact.unknown" | "pipeline.unknown" | "advisor.unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The opportunity */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its pipeline stage */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOpportunityBody"];
            };
        };
        responses: {
            /** @description The opportunity as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `opportunity.invalid_status_transition`, `advisor.unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "opportunity.invalid_status_transition" | "advisor.unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_moveStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveStageBody"];
            };
        };
        responses: {
            /** @description The opportunity in its new stage */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `opportunity.stage_not_in_pipeline`, `opportunity.invalid_status_transition` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "opportunity.stage_not_in_pipeline" | "opportunity.invalid_status_transition";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OpportunitiesController_stageHistory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stage changes */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageChangePage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                /** @description Calls with this contact */
                entity_id?: string;
                direction?: "inbound" | "outbound";
                call_status?: "initiated" | "ringing" | "answered" | "completed" | "failed" | "no_answer" | "busy" | "cancelled" | "rejected";
                /** @description Calls started at or after this instant */
                started_from?: string;
                /** @description Calls started before this instant */
                started_to?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallBody"];
            };
        };
        responses: {
            /** @description The call */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `call.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "call.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `call.contact_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "call.contact_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_syncAttempts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncAttemptsBody"];
            };
        };
        responses: {
            /** @description Queued for the worker */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptSyncView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallBody"];
            };
        };
        responses: {
            /** @description The call as replaced */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `call.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "call.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `call.contact_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "call.contact_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchCallBody"];
            };
        };
        responses: {
            /** @description The call as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `call.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "call.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `call.contact_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "call.contact_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                entity_type?: "contact" | "pipeline" | "opportunity" | "call" | "channel" | "advisor" | "campaign" | "campaign_member" | "integration" | "tenant" | "api_key" | "template";
                entity_id?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    IntegrationsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configured connections, secrets masked */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationListView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always, while the process runs */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis both answered within 1 s */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "postgres": "up",
                     *         "redis": "up"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description A dependency is down: `checks` says which */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unavailable",
                     *       "checks": {
                     *         "postgres": "not_migrated",
                     *         "redis": "up"
                     *       },
                     *       "detail": "database not migrated: run `npm run migrate`"
                     *     }
                     */
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
        };
    };
    MetricsController_metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics, Prometheus text format 0.0.4 */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
        };
    };
    ChannelsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of channels */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ChannelsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelBody"];
            };
        };
        responses: {
            /** @description The channel */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ChannelsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ChannelsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `channel.in_use` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "channel.in_use";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ChannelsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelPatch"];
            };
        };
        responses: {
            /** @description The channel as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AdvisorsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                kind?: "commercial" | "medical" | "agent";
                external_id?: string;
                /** @description Only placeholders (true) or only advisors entered by people (false) */
                auto_created?: "true" | "false";
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of advisors */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AdvisorsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvisorBody"];
            };
        };
        responses: {
            /** @description The advisor */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `advisor.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "advisor.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AdvisorsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The advisor */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AdvisorsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `advisor.in_use` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "advisor.in_use";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    AdvisorsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvisorPatch"];
            };
        };
        responses: {
            /** @description The advisor as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvisorView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `advisor.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "advisor.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                status?: "draft" | "active" | "paused" | "completed";
                channel_id?: string;
                external_id?: string;
                /** @description Only placeholders (true) or only campaigns entered by people (false) */
                auto_created?: "true" | "false";
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignBody"];
            };
        };
        responses: {
            /** @description The campaign */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `campaign.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "campaign.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `campaign.channel_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "campaign.channel_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `campaign.has_members` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "campaign.has_members";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPatch"];
            };
        };
        responses: {
            /** @description The campaign as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `campaign.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "campaign.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `campaign.channel_unknown`, `campaign.invalid_status_transition` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "campaign.channel_unknown" | "campaign.invalid_status_transition";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_members: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMemberPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberBody"];
            };
        };
        responses: {
            /** @description The membership */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMemberView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `campaign_member.duplicate` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "campaign_member.duplicate";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `campaign_member.contact_unknown`, `campaign_member.advisor_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "campaign_member.contact_unknown" | "campaign_member.advisor_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    CampaignsController_updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberPatch"];
            };
        };
        responses: {
            /** @description The membership as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMemberView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `campaign_member.advisor_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "campaign_member.advisor_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ManychatCampaignContactsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateByManychatIdBody"];
            };
        };
        responses: {
            /** @description The membership as changed */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignMemberView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `campaign_member.advisor_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "campaign_member.advisor_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    OdooIntegrationController_connect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectOdooBody"];
            };
        };
        responses: {
            /** @description The saved connection (key masked) and the mapped Odoo stages */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdooConnectionView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `odoo.auth_failed`, `odoo.rejected`, `odoo.stages_missing` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "odoo.auth_failed" | "odoo.rejected" | "odoo.stages_missing";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `odoo.unavailable`, `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "odoo.unavailable" | "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    OdooIntegrationController_resync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResyncOdooBody"];
            };
        };
        responses: {
            /** @description What was queued and what was skipped */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResyncView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `odoo.not_configured`, `odoo.unknown_opportunities` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "odoo.not_configured" | "odoo.unknown_opportunities";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    DeadLettersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                queue?: "domain-events" | "priority-events" | "odoo-sync" | "background";
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dead letters */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    DeadLettersController_replay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead letter, now with replayed_at */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress`, `dead_letter.already_replayed` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress" | "dead_letter.already_replayed";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `dead_letter.not_replayable` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "dead_letter.not_replayable";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ManychatWebhooksController_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactWebhookBody"];
            };
        };
        responses: {
            /** @description Stored; the worker processes it */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManychatAcceptedView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ManychatWebhooksController_campaignAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignAssignmentWebhookBody"];
            };
        };
        responses: {
            /** @description Stored; the worker processes it */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManychatAcceptedView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ManychatWebhooksController_crmOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrmOpportunityWebhookBody"];
            };
        };
        responses: {
            /** @description Stored; the worker processes it */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManychatAcceptedView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ManychatWebhooksController_event: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event and its processing state */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManychatEventView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    ProviderSettingsController_zadarma: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZadarmaSettingsBody"];
            };
        };
        responses: {
            /** @description The saved connection, secrets masked */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    ProviderSettingsController_twilio: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwilioSettingsBody"];
            };
        };
        responses: {
            /** @description The saved connection, secrets masked */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    ZadarmaWebhooksController_echo: {
        parameters: {
            query: {
                zd_echo: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The tenant whose provider settings sign this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zd_echo value, as the whole body */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
        };
    };
    ZadarmaWebhooksController_notify: {
        parameters: {
            query?: never;
            header: {
                /** @description base64(hex(HMAC-SHA1(api_secret, signed fields))) */
                Signature: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The tenant whose provider settings sign this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Accepted (or already applied); the body is an empty JSON object, i.e. Zadarma's default routing */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json`, `telephony.notification_invalid` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json" | "telephony.notification_invalid";
                    };
                };
            };
            /** @description Unauthorized: `telephony.zadarma_signature_invalid` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "telephony.zadarma_signature_invalid";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    ZadarmaWebhooksController_recordingEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The tenant whose provider settings sign this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "message/rfc822": string;
            };
        };
        responses: {
            /** @description The call the recording belongs to */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `telephony.recording_email_invalid` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "telephony.recording_email_invalid";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TwilioWebhooksController_status: {
        parameters: {
            query?: never;
            header: {
                "X-Twilio-Signature": string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The tenant whose provider settings sign this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Applied, or already applied */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json`, `telephony.notification_invalid` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json" | "telephony.notification_invalid";
                    };
                };
            };
            /** @description Forbidden: `telephony.twilio_signature_invalid` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "telephony.twilio_signature_invalid";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallProviderController_initiate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitiateCallBody"];
            };
        };
        responses: {
            /** @description The call, placed: provider twilio, status initiated */
            202: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `call.contact_unknown`, `telephony.contact_without_phone`, `telephony.opportunity_not_of_contact`, `telephony.provider_not_configured`, `telephony.provider_rejected` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "call.contact_unknown" | "telephony.contact_without_phone" | "telephony.opportunity_not_of_contact" | "telephony.provider_not_configured" | "telephony.provider_rejected";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Bad Gateway: `telephony.provider_unavailable` */
            502: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 502;
                        /** @enum {string} */
                        code?: "telephony.provider_unavailable";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    CallProviderController_recording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audio, with its content type */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                    "audio/wav": string;
                    "audio/ogg": string;
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
                channel?: "telegram" | "whatsapp" | "email" | "call";
                agent_type?: "perfilador" | "calificador_financiero" | "agendador" | "seguimiento";
                /** @description Part of the name, case- and accent-insensitive */
                q?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateBody"];
            };
        };
        responses: {
            /** @description The template, version 1 */
            201: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `template.invalid_syntax` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "template.invalid_syntax";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_byAgentType: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                agent_type: "perfilador" | "calificador_financiero" | "agendador" | "seguimiento";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePage"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description The ETag you hold: when it is still the current version the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description Not modified: If-None-Match names the current version */
            304: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateBody"];
            };
        };
        responses: {
            /** @description The template as replaced */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description The version, quoted: `"3"`. Send it back as If-Match (where documented) to refuse stale writes */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `template.invalid_syntax` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "template.invalid_syntax";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is 409 `resource.stale_version` and nothing changes. Absent or `*`: no check. */
                "If-Match"?: string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `resource.stale_version`, `template.in_use` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "resource.stale_version" | "template.in_use";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    TemplatesController_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewBody"];
            };
        };
        responses: {
            /** @description The rendering */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Not Found: `resource.not_found` */
            404: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 404;
                        /** @enum {string} */
                        code?: "resource.not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `message.contact_unknown`, `message.opportunity_unknown` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "message.contact_unknown" | "message.opportunity_unknown";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "dependency.unavailable";
                    };
                };
            };
        };
    };
    WhatsappIntegrationController_whatsapp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsappSettingsBody"];
            };
        };
        responses: {
            /** @description The saved connection, secrets masked */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `auth.unauthenticated` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "auth.unauthenticated";
                    };
                };
            };
            /** @description Forbidden: `auth.forbidden` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "auth.forbidden";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Unprocessable Content: `channel.credentials_rejected` */
            422: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 422;
                        /** @enum {string} */
                        code?: "channel.credentials_rejected";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `channel.provider_unavailable`, `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "channel.provider_unavailable" | "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    WhatsappWebhooksController_handshake: {
        parameters: {
            query: {
                "hub.challenge": unknown;
                "hub.verify_token": unknown;
                "hub.mode": unknown;
            };
            header?: {
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
            };
            path: {
                /** @description The tenant whose WhatsApp connection receives this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description hub.challenge, as the whole body */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Forbidden: `channel.verify_token_invalid` */
            403: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 403;
                        /** @enum {string} */
                        code?: "channel.verify_token_invalid";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
    WhatsappWebhooksController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description sha256=<hex HMAC-SHA256(app_secret, raw body)> */
                "X-Hub-Signature-256": string;
                /** @description Echoed on the response and in every log line when it is 1-128 letters, digits, `_`, `.`, `:` or `-`; otherwise, or when absent, a generated id is used instead */
                "X-Request-Id"?: string;
                /** @description Same key and body within 24 h: the first answer is replayed (header `Idempotent-Replayed: true`). Same key with another body, or while the first request still runs: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The tenant whose WhatsApp connection receives this webhook */
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Stored (or already stored): Meta needs a 200 */
            200: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    /** @description `true` when this is the replayed answer of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAcceptedView"];
                };
            };
            /** @description Bad Request: `request.invalid`, `request.malformed_json` */
            400: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 400;
                        /** @enum {string} */
                        code?: "request.invalid" | "request.malformed_json";
                    };
                };
            };
            /** @description Unauthorized: `channel.webhook_signature_invalid` */
            401: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 401;
                        /** @enum {string} */
                        code?: "channel.webhook_signature_invalid";
                    };
                };
            };
            /** @description Conflict: `idempotency.key_reused`, `idempotency.in_progress` */
            409: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 409;
                        /** @enum {string} */
                        code?: "idempotency.key_reused" | "idempotency.in_progress";
                    };
                };
            };
            /** @description Payload Too Large: `request.too_large` */
            413: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 413;
                        /** @enum {string} */
                        code?: "request.too_large";
                    };
                };
            };
            /** @description Unsupported Media Type: `request.unsupported_media_type` */
            415: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 415;
                        /** @enum {string} */
                        code?: "request.unsupported_media_type";
                    };
                };
            };
            /** @description Too Many Requests: `rate_limit.exceeded` */
            429: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limit.exceeded";
                    };
                };
            };
            /** @description Service Unavailable: `integration.secrets_key_missing`, `dependency.unavailable` */
            503: {
                headers: {
                    /** @description The request id: the caller's X-Request-Id, or one generated for this request */
                    "X-Request-Id": string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {integer} */
                        status?: 503;
                        /** @enum {string} */
                        code?: "integration.secrets_key_missing" | "dependency.unavailable";
                    };
                };
            };
        };
    };
}
