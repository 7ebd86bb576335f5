from cms.models.images import CityImage, CityRendition
from cms.models.pages import (
    AnswerPage,
    ArticlePage,
    BasePage,
    BlogPostPage,
    HomePage,
    NewsPage,
    SectionPage,
    ServicePage,
    UnitPage,
)
from cms.models.snippets import Contact, Organisation, Topic, UnitType

__all__ = [
    "AnswerPage",
    "ArticlePage",
    "BasePage",
    "BlogPostPage",
    "CityImage",
    "CityRendition",
    "Contact",
    "HomePage",
    "NewsPage",
    "Organisation",
    "SectionPage",
    "ServicePage",
    "Topic",
    "UnitPage",
    "UnitType",
]
