

def test_a_question_ending_on_a_time_of_day_keeps_its_point() -> None:
    from quiz.authoring.questions import _finish

    assert _finish("From which town did the ferry leave just after 10 a.m.") == (
        "From which town did the ferry leave just after 10 a.m.?"
    )
    assert _finish("From which town did the ferry leave.") == "From which town did the ferry leave?"
