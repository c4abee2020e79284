#!/usr/bin/python3
"""Find a push button of Chromium's own windows by its accessible name, e.g. "Allow" in an extension's
permission dialog, and print where it is on the screen so that a real mouse click can press it.

Usage: atspi-press.py NAME   prints {"found": true, "x": .., "y": .., "width": .., "height": ..}
                             or {"found": false, "buttons": [names seen]}.
Run with the system python and the environment from accessible-display.mjs.
"""
import json
import sys

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402


def buttons(acc, depth=0):
    """Every push button below `acc`; dialogs nest theirs a dozen levels down."""
    if acc is None or depth > 25:
        return
    if acc.get_role() == Atspi.Role.PUSH_BUTTON:
        yield acc
    # Web content is not searched: only the browser's own windows hold its dialogs.
    if acc.get_role() == Atspi.Role.DOCUMENT_WEB:
        return
    for i in range(acc.get_child_count()):
        yield from buttons(acc.get_child_at_index(i), depth + 1)


def main(name):
    desktop = Atspi.get_desktop(0)
    seen = []
    for a in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(a)
        if app is None or 'chrom' not in (app.get_name() or '').lower():
            continue
        for button in buttons(app):
            label = button.get_name() or ''
            seen.append(label)
            states = button.get_state_set()
            if label == name and states.contains(Atspi.StateType.SHOWING) and states.contains(Atspi.StateType.VISIBLE):
                box = Atspi.Component.get_extents(button, Atspi.CoordType.SCREEN)
                if box.width > 0 and box.height > 0:
                    return {'found': True, 'x': box.x, 'y': box.y, 'width': box.width, 'height': box.height}
    return {'found': False, 'buttons': seen[:60]}


if __name__ == '__main__':
    print(json.dumps(main(sys.argv[1])))
