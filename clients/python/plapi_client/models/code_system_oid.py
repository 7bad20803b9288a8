from typing import Literal

CodeSystemOid = Literal["2.16.840.1.113883.6.90", "2.16.840.1.113883.6.96"]

CODE_SYSTEM_OID_VALUES: set[CodeSystemOid] = {
    "2.16.840.1.113883.6.90",
    "2.16.840.1.113883.6.96",
}


def check_code_system_oid(value: str) -> CodeSystemOid:
    if value in CODE_SYSTEM_OID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_SYSTEM_OID_VALUES!r}")
