from typing import Literal

KnowledgeResponseType = Literal[
    "application/atom+xml",
    "application/javascript",
    "application/json",
    "text/javascript",
    "text/xml",
]

KNOWLEDGE_RESPONSE_TYPE_VALUES: set[KnowledgeResponseType] = {
    "application/atom+xml",
    "application/javascript",
    "application/json",
    "text/javascript",
    "text/xml",
}


def check_knowledge_response_type(value: str) -> KnowledgeResponseType:
    if value in KNOWLEDGE_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWLEDGE_RESPONSE_TYPE_VALUES!r}"
    )
