"""Shared pieces of the conversation tests."""

import threading
from collections.abc import Callable, Iterable

from django.db import connections
from django.urls import reverse
from django.utils import translation


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)


def at_once(work: Callable, arguments: Iterable) -> list[BaseException]:
    """Run ``work(argument)`` for each argument in its own thread (its own
    database connection), all starting together; what they raised."""
    arguments = list(arguments)
    start = threading.Barrier(len(arguments))
    raised: list[BaseException] = []

    def run(argument):
        try:
            start.wait()
            work(argument)
        except BaseException as exc:
            raised.append(exc)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=run, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return raised
