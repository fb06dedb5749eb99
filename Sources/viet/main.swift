print("viet")
