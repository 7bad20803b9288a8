from typing import Literal

CodeSystem = Literal["icd10cm", "snomedct"]

CODE_SYSTEM_VALUES: set[CodeSystem] = {
    "icd10cm",
    "snomedct",
}


def check_code_system(value: str) -> CodeSystem:
    if value in CODE_SYSTEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_SYSTEM_VALUES!r}")
