# sys.exit(0) ends the program successfully; finally blocks and output before it are kept.
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(0)
    finally:
        print("cleanup in finally")
print("start")
shutdown()
print("never printed")
