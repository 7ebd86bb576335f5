"""Register an OAuth2 client and print its credentials; the secret is shown only here."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from api.oauth import GRANTS, ApiClientError, api_client_create


class Command(BaseCommand):
    help = (
        "Create an OAuth2 client (client-credentials or authorization-code) and print its "
        "client_id and client_secret. The secret is stored hashed: copy it now."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--name", required=True, help="Who the client is, for the admin.")
        parser.add_argument("--grant", required=True, choices=GRANTS)
        parser.add_argument(
            "--scopes",
            required=True,
            help='Space-separated, e.g. "cases:manage contactcenter". "introspection" makes a '
            "client-credentials client a resource server, the only kind that may introspect "
            "tokens at /oauth/introspect/.",
        )
        parser.add_argument(
            "--redirect-uri",
            action="append",
            default=[],
            dest="redirect_uris",
            help="Exact redirect URI (authorization-code only); repeat for several.",
        )
        parser.add_argument(
            "--public",
            action="store_true",
            help="A public authorization-code client (a browser or mobile app): no secret.",
        )
        parser.add_argument(
            "--organisation",
            action="append",
            default=[],
            dest="organisations",
            help="Slug of an organisation whose cases a cases:manage client handles; repeat.",
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            client = api_client_create(
                name=options["name"],
                grant=options["grant"],
                scopes=options["scopes"].split(),
                redirect_uris=options["redirect_uris"],
                public=options["public"],
                organisations=options["organisations"],
            )
        except ApiClientError as exc:
            raise CommandError(str(exc)) from None

        application = client.application
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "client_id": application.client_id,
                        "client_secret": client.client_secret,
                        "client_type": application.client_type,
                        "grant": application.authorization_grant_type,
                        "redirect_uris": application.redirect_uris.split(),
                    }
                )
            )
        else:
            self.stdout.write(f"client_id: {application.client_id}")
            if client.client_secret is not None:
                self.stdout.write(f"client_secret: {client.client_secret}")
