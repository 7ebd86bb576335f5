"""Agents' feedback on answers: written here, read by the owning organisation's editors."""

from __future__ import annotations

from django.db import transaction

from cms.directory import directory
from cms.models import AnswerPage, Organisation, Topic
from cms.routing import routing_book
from contactcenter.models import AnswerFeedback
from contactcenter.services import ContactError, found_or_error


def _owner(
    answer: AnswerPage | None, organisation: Organisation | None, topic: Topic | None
) -> Organisation | None:
    """Whose editors are to act: the answer's owner, else the one named, else the
    organisation the topic is routed to first."""
    if answer is not None:
        return answer.organisation
    if organisation is not None:
        return organisation
    if topic is not None:
        routes = routing_book(d=directory(), topic_ids=[topic.pk]).for_topic(topic.pk)
        if routes:
            return routes[0].organisation
    return None


@transaction.atomic
def feedback_give(
    *,
    kind: str,
    comment: str,
    answer_id: int | None = None,
    query: str = "",
    topic_id: int | None = None,
    organisation_id: int | None = None,
    client_id: str = "",
) -> AnswerFeedback:
    """Record an agent's feedback on an answer and have its owner's editors told.

    "Wrong" names the answer; "missing" may name what was searched for, a topic or an
    organisation, which decide whose editors receive it.
    """
    answer = found_or_error(AnswerPage, answer_id, "answer", live=True)
    if kind == AnswerFeedback.Kind.WRONG and answer is None:
        raise ContactError("Say which answer is wrong.", code="answer_required", field="answer")
    topic = found_or_error(Topic, topic_id, "topic")
    organisation = found_or_error(Organisation, organisation_id, "organisation")
    feedback = AnswerFeedback(
        kind=kind,
        comment=comment.strip(),
        answer=answer,
        query=query.strip(),
        topic=topic,
        organisation=_owner(answer, organisation, topic),
        client_id=client_id,
    )
    feedback.full_clean(exclude=["answer", "topic", "organisation"])
    feedback.save()
    from contactcenter.tasks import notify_feedback

    transaction.on_commit(lambda: notify_feedback.enqueue(feedback.pk))
    return feedback
