from cms.models.figures import KeyFigure, UnitFigure
from cms.models.frontend import FrontendSettings
from cms.models.images import CityImage, CityRendition
from cms.models.legacy import LegacyItem, LegacyLink, LegacySite
from cms.models.opendata import Deletion, PageChange
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
from cms.models.routing import Routing
from cms.models.snippets import Contact, Organisation, Topic, UnitType
from cms.models.switchboard import NamedRole
from cms.models.versioning import ContentVersion

__all__ = [
    "AnswerPage",
    "ArticlePage",
    "BasePage",
    "BlogPostPage",
    "CityImage",
    "CityRendition",
    "Contact",
    "ContentVersion",
    "Deletion",
    "FrontendSettings",
    "HomePage",
    "KeyFigure",
    "LegacyItem",
    "LegacyLink",
    "LegacySite",
    "NamedRole",
    "NewsPage",
    "Organisation",
    "PageChange",
    "Routing",
    "SectionPage",
    "ServicePage",
    "Topic",
    "UnitFigure",
    "UnitPage",
    "UnitType",
]
