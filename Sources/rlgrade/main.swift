print("rlgrade")
