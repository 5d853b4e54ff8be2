if a:
	b
	if c:
		d
	e
if x:
        y
