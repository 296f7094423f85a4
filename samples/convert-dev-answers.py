#!/usr/bin/env python3
"""Converts the labelled written answers (../shared/data/dev-answers.jsonl) into POST /api/answers requests.

Usage: convert-dev-answers.py < dev-answers.jsonl > answers.jsonl

The UIN and the date tabled come from the record where its source link shows them (TheyWorkForYou's
?id=<date>.<uin>.h, Parallel Parliament's /question/<uin>/); otherwise the answer gets a source id,
sample:<record id>. Labels are dropped. The text is Parliamentary information licensed under the Open
Parliament Licence v3.0; each record's sourceUrl is its attribution.
"""
import json
import re
import sys

for line in sys.stdin:
    r = json.loads(line)
    request = {
        "house": r["house"],
        "dateAnswered": r["date_answered"],
        "answeringBody": r["department"],
        "answeredBy": r["answered_by"],
        "askedBy": r["asked_by"],
        "heading": r["heading"],
        "questionText": r["question_text"],
        "answerText": r["answer_text"],
        "sourceUrl": r["source_url"],
    }
    twfy = re.search(r"[?&]id=(\d{4}-\d{2}-\d{2})\.([A-Za-z0-9]+)\.h", r["source_url"] or "")
    pp = re.search(r"/question/([A-Za-z0-9]+)/", r["source_url"] or "")
    if twfy:
        request["dateTabled"], request["uin"] = twfy.group(1), twfy.group(2)
    elif pp and r["date_asked"] and r["kind"] == "answer":
        request["dateTabled"], request["uin"] = r["date_asked"], pp.group(1)
    else:
        request["id"] = "sample:" + r["id"]
    print(json.dumps({k: v for k, v in request.items() if v is not None}, ensure_ascii=False))
