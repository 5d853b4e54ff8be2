café = 1
naïve = café + 1
名前 = 'value'
π = 3.14
ﬁle = 2
print(café, 名前, π)
