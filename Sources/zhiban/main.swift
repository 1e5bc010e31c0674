print("zhiban")
