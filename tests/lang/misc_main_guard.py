# __name__ is "__main__" in the script; the usual main() guard; module-level code order.
print("module level runs first, __name__ =", __name__)
def helper():
    return "helper called"
def main():
    print("main running")
    print(helper())
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
import helper_counter
print(helper_counter.__name__, helper_counter.__name__ == "__main__")
