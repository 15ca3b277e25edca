"""Validate services against the official HSDS 3.1 compiled schema (as validate-hsds does)."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator

from tests.conftest import HSDS, need_shared


def schema_errors(services: list[dict[str, Any]]) -> list[str]:
    schema = json.loads(need_shared(HSDS / "schema" / "compiled" / "service.json").read_text())
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{s.get('id')}: {'/'.join(map(str, e.absolute_path))}: {e.message[:120]}"
            for s in services for e in validator.iter_errors(s)]
