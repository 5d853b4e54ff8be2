a = 1; b = 2; c = 3
if x: a; b
while y: break;
