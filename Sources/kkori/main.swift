print("kkori")
