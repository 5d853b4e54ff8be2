# Formatting floats with %, format() and f-strings.
pi = 3.141592653589793
e = 2.718281828459045
print("%f %.2f %10.3f %-10.1f| %+.1f %e %.3e %g %g %g" % (pi, pi, pi, pi, e, pi, 12345.678, pi, 1e-5, 1e20))
print("%5.1f%%" % 99.44)
print(format(pi, ".3f"), format(pi, "10.4f"), format(pi, "<10.2f") + "|", format(pi, "^10.2f") + "|")
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.25, ".0%"), format(0.12345, ".2%"))
print(format(1e-7, "g"), format(123456789.0, "g"), format(123456.0, "g"), format(1.0, "g"), format(100.0, ".3g"))
print(format(pi, "e"), format(-pi, "E"), format(0.0, "e"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(f"{pi:08.3f} {-pi:08.3f} {pi:+.2f} {pi: .2f} {e:=+10.3f}")
w, p = 12, 4
print(f"[{pi:{w}.{p}f}] [{pi:<{w}}] [{pi:>{w}.2}]")
print(f"{1.0} {1.5:} {10.0:.1f} {1e100:.2e} {123.456:.1e}")
print(str(1e100), str(1.23e-10), str(123456789.123456789))
print("{:.3f}|{:10.2f}|{:<8.1f}|{:>+9.2e}".format(pi, -pi, e, 12345.6789))
print("{0:.2f} {1:.0f} {0:g}".format(2.0 / 3, 1.5))
for v in [0.5, 1.5, 2.5, 1234.5, 0.001234]:
    print(f"{v:10.3f}|{v:<10g}|{v:e}")
print("%s %r" % (0.1, 0.1), "%d" % 3.99, "%i" % -2.5)
print("%(a).2f and %(b)s" % {"a": 1.005, "b": "x"})
