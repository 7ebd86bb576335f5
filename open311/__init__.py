"""Open311 GeoReport v2 at /open311/v2/: the city's fault reports for third parties' apps.

Design:

- **Services** are e-service forms, not a second catalogue: the current version of every
  live fault-report form that anyone may submit and that editors have marked "offered
  through Open311" (`FormDefinition.open311`; a form asking for a personal identity
  number or requiring a file cannot be marked). `service_code` is the form's slug; its
  fields become the service definition's attributes, except those GeoReport's standard
  parameters fill (`open311.catalogue`).
- **Filing** (`POST requests.json`) maps lat/long, address_string, description, email,
  phone, first_name and last_name onto the form's fields of those kinds and
  `attribute[code]` onto the rest, then files an ordinary case through
  `eservices.submissions.submission_submit`: the same JSON Schema validation, routing,
  receipt in the outbox and Idempotency-Key handling as `/api/v1/submissions/`. The case
  reference is the `service_request_id`. `media_url` is never fetched: the report is filed
  without it and the `service_notice` says so. `device_id` and `account_id` are not kept.
- **Who**: reads are open data. Filing needs an OAuth2 access token with `open311:write`,
  a scope only client-credentials clients are issued (a third party files as itself, for
  nobody signed in), as GeoReport's `api_key` form parameter or a Bearer header, never in
  the query string. Callers share the API's rate limits (`api.throttles`).
- **What the public sees** of a case: reference, open/closed (decided and closed are
  closed), the form's public text for the status, service, organisation, the times, and
  the place rounded to three decimals (about 100 m). Never the citizen's description
  (free text that may name people), name, contact details or other answers.
- **Formats**: every resource as `.json` and `.xml`, errors as GeoReport error lists
  with the HTTP status. `requests.json` pages with `page` (from 1) and `page_size`
  (1-200, default 50), newest first, with an RFC 8288 `Link` header (`rel="next"`,
  `rel="prev"`); one query for the services and one for the page, whatever its size.
"""
