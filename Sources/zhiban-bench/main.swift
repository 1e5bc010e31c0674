print("zhiban-bench: nothing to measure yet")
