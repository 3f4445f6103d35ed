"""The data model of pipeline/: the knowledge base and its name rules."""

from nk_nlp.knowledge.kb import Knowledge, case_ok, load, norm, title_case

__all__ = ["Knowledge", "case_ok", "load", "norm", "title_case"]
