/*
 * select.cpp — the `select` module: select(), poll objects and, on Linux,
 * epoll objects, for servers that sit on them.
 *
 * select() is implemented with ppoll(2): one pollfd per list item, on the
 * stack for up to 64 items, so a call allocates only its three result
 * lists, and descriptors above FD_SETSIZE work (CPython's select(2) raises
 * ValueError for them).  Readable means POLLIN or a hang-up/error, as
 * select(2) reports; an invalid descriptor (POLLNVAL) raises EBADF.
 *
 * A poll object keeps its registrations as the pollfd array ppoll wants,
 * in registration order, plus an index from fd to array slot, so that
 * register/modify/unregister are O(1) (unregister shifts the tail to keep
 * CPython's order) and poll() passes the array as is.
 *
 * An epoll object owns an epoll fd and an event buffer grown to the
 * largest maxevents asked, reused by every poll().
 *
 * Every wait resumes after a signal with the time that remains, once the
 * handlers have run (PEP 475); a handler's exception propagates.
 */
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>

#include "stdlib/posix_util.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

constexpr size_t kStackFds = 64;

// (a, b) as a tuple of two new ints.
Object* int_pair(int64_t a, int64_t b) {
  Object* x = int_from_i64(a);
  Object* y = int_from_i64(b);
  Object* t = x && y ? tuple_pack2(x, y) : nullptr;
  xdecref(x);
  xdecref(y);
  return t;
}

// A timeout in seconds for select()/epoll.poll(): None or absent is -1
// (forever); `negative_forever` makes any negative value forever too
// (epoll), else it is a ValueError (select).
bool seconds_timeout(Object* o, const char* type_msg, bool negative_forever, int64_t* ns) {
  *ns = -1;
  if (!o || o == None) return true;
  if (!is_float(o) && !is_int(o) && !type_of(o)->nb_index) {
    raise(&exc::TypeError, "%s", type_msg);
    return false;
  }
  if (!seconds_to_ns(o, ns)) return false;
  if (*ns < 0) {
    if (negative_forever) {
      *ns = -1;
      return true;
    }
    raise(&exc::ValueError, "timeout must be non-negative");
    return false;
  }
  return true;
}

// ---- select() ----------------------------------------------------------------------------------------

// The items of select()'s list arguments, read in place for a list or
// tuple (no copy per call); a list is re-measured at each access since a
// fileno() method may change it.
intptr_t seq_len(Object* seq) { return is_list(seq) ? list_size(seq) : tuple_size(seq); }
Object* seq_item(Object* seq, intptr_t i) { return is_list(seq) ? list_get(seq, i) : tuple_get(seq, i); }

Object* select_select(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "select.select() takes no keyword arguments");
  if (!check_args("select", nargs, kwnames, 3, 4)) return nullptr;
  int64_t timeout;
  if (!seconds_timeout(nargs == 4 ? args[3] : nullptr, "timeout must be a float or None", false, &timeout))
    return nullptr;
  Object* seqs[3] = {};
  intptr_t counts[3] = {};
  Object* result = nullptr;
  pollfd stack_fds[kStackFds];
  pollfd* fds = stack_fds;
  size_t n = 0;
  for (int i = 0; i < 3; i++) {
    if (is_exact_list(args[i]) || is_exact_tuple(args[i])) {
      seqs[i] = newref(args[i]);
    } else if (!(seqs[i] = tuple_from_iterable(args[i]))) {
      if (error_matches(&exc::TypeError)) {
        error_clear();
        raise(&exc::TypeError, "arguments 1-3 must be sequences");
      }
      goto done;
    }
    counts[i] = seq_len(seqs[i]);
    n += static_cast<size_t>(counts[i]);
  }
  if (n > kStackFds) {
    fds = static_cast<pollfd*>(mem_alloc(n * sizeof(pollfd)));
    if (!fds) {
      raise_no_memory();
      goto done;
    }
  }
  {
    static const short kEvents[3] = {POLLIN, POLLOUT, POLLPRI};
    size_t k = 0;
    for (int i = 0; i < 3; i++) {
      for (intptr_t j = 0; j < counts[i]; j++, k++) {
        fds[k] = {-1, kEvents[i], 0};  // poll skips a negative fd: an item that vanished meanwhile
        if (j < seq_len(seqs[i]) && !arg_fileno(seq_item(seqs[i], j), &fds[k].fd)) goto done;
      }
    }
    if (poll_retrying(fds, n, deadline_after(timeout)) < 0) goto done;
    static const short kReady[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    Object* lists[3] = {list_new(0), list_new(0), list_new(0)};
    bool ok = lists[0] && lists[1] && lists[2];
    k = 0;
    for (int i = 0; ok && i < 3; i++) {
      for (intptr_t j = 0; ok && j < counts[i]; j++, k++) {
        if (fds[k].revents & POLLNVAL) {
          raise_from_errno(EBADF);
          ok = false;
        } else if ((fds[k].revents & kReady[i]) && j < seq_len(seqs[i])) {
          ok = list_append(lists[i], seq_item(seqs[i], j)) == 0;
        }
      }
    }
    if (ok) result = tuple_pack(3, lists[0], lists[1], lists[2]);
    for (Object* l : lists) xdecref(l);
  }
done:
  for (Object* s : seqs) xdecref(s);
  if (fds != stack_fds) mem_free(fds);
  return result;
}

// ---- poll objects --------------------------------------------------------------------------------------

struct PollObject : Object {
  pollfd* fds;     // the registrations, in registration order
  size_t n, cap;
  int32_t* slot;   // slot[fd]: the index in fds, or -1; `nslot` entries
  size_t nslot;
  bool running;    // inside poll(): a handler may not poll it again
};

TypeObject PollType;

PollObject* as_poll(Object* o) { return static_cast<PollObject*>(o); }

void poll_dealloc(Object* self) {
  mem_free(as_poll(self)->fds);
  mem_free(as_poll(self)->slot);
  object_free(self);
}

// The registration slot of `fd`, or -1.
intptr_t poll_find(PollObject* p, int fd) {
  return static_cast<size_t>(fd) < p->nslot ? p->slot[fd] : -1;
}

// An event mask for poll: an unsigned short, with CPython's messages.
bool poll_mask(Object* o, short* out) {
  if (!is_int(o) && !type_of(o)->nb_index) {
    raise(&exc::TypeError, "an integer is required");
    return false;
  }
  int64_t v;
  if (!arg_long(o, &v)) {
    if (error_matches(&exc::OverflowError)) {
      error_clear();
      raise(&exc::OverflowError, "Python int too large for C unsigned short");
    }
    return false;
  }
  if (v < 0) {
    raise(&exc::ValueError, "value must be positive");
    return false;
  }
  if (v > USHRT_MAX) {
    raise(&exc::OverflowError, "Python int too large for C unsigned short");
    return false;
  }
  *out = static_cast<short>(static_cast<unsigned short>(v));
  return true;
}

Object* poll_register(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("register", nargs, kwnames, 1, 2)) return nullptr;
  int fd;
  short mask = POLLIN | POLLPRI | POLLOUT;
  if (!arg_fileno(args[0], &fd) || (nargs == 2 && !poll_mask(args[1], &mask))) return nullptr;
  PollObject* p = as_poll(self);
  intptr_t i = poll_find(p, fd);
  if (i >= 0) {
    p->fds[i].events = mask;
    return None;
  }
  if (static_cast<size_t>(fd) >= p->nslot) {
    size_t want = static_cast<size_t>(fd) + 1 > p->nslot * 2 ? static_cast<size_t>(fd) + 1 : p->nslot * 2;
    auto* s = static_cast<int32_t*>(mem_realloc(p->slot, want * sizeof(int32_t)));
    if (!s) return raise_no_memory();
    for (size_t k = p->nslot; k < want; k++) s[k] = -1;
    p->slot = s;
    p->nslot = want;
  }
  if (p->n == p->cap) {
    size_t want = p->cap ? p->cap * 2 : 8;
    auto* f = static_cast<pollfd*>(mem_realloc(p->fds, want * sizeof(pollfd)));
    if (!f) return raise_no_memory();
    p->fds = f;
    p->cap = want;
  }
  p->fds[p->n] = {fd, mask, 0};
  p->slot[fd] = static_cast<int32_t>(p->n++);
  return None;
}

Object* poll_modify(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("modify", nargs, kwnames, 2, 2)) return nullptr;
  int fd;
  short mask;
  if (!arg_fileno(args[0], &fd) || !poll_mask(args[1], &mask)) return nullptr;
  intptr_t i = poll_find(as_poll(self), fd);
  if (i < 0) return raise_from_errno(ENOENT);
  as_poll(self)->fds[i].events = mask;
  return None;
}

Object* poll_unregister(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("unregister", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_fileno(args[0], &fd)) return nullptr;
  PollObject* p = as_poll(self);
  intptr_t i = poll_find(p, fd);
  if (i < 0) {
    Object* key = int_from_i64(fd);
    if (key) raise_with(&exc::KeyError, key);
    xdecref(key);
    return nullptr;
  }
  p->slot[fd] = -1;
  memmove(p->fds + i, p->fds + i + 1, (p->n - static_cast<size_t>(i) - 1) * sizeof(pollfd));
  p->n--;
  for (size_t k = static_cast<size_t>(i); k < p->n; k++) p->slot[p->fds[k].fd] = static_cast<int32_t>(k);
  return None;
}

// poll.poll(timeout=None): milliseconds, rounded up; None or negative
// wait forever.
Object* poll_poll(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("poll", nargs, kwnames, 0, 1)) return nullptr;
  int64_t timeout_ns = -1;
  if (nargs == 1 && args[0] != None) {
    Object* t = args[0];
    if (!is_float(t) && !is_int(t) && !type_of(t)->nb_index)
      return raise(&exc::TypeError, "timeout must be an integer or None");
    double ms;
    if (is_float(t)) {
      ms = float_value(t);
      if (std::isnan(ms)) return raise(&exc::ValueError, "Invalid value NaN (not a number)");
    } else {
      int64_t v;
      if (!arg_long(t, &v)) return nullptr;
      ms = static_cast<double>(v);
    }
    if (ms >= 0) {
      if (ms > 9.2e12) return raise(&exc::OverflowError, "timeout is too large");
      timeout_ns = static_cast<int64_t>(std::ceil(ms)) * 1000000;
    }
  }
  PollObject* p = as_poll(self);
  if (p->running) return raise(&exc::RuntimeError, "concurrent poll() invocation");
  p->running = true;
  int64_t deadline = deadline_after(timeout_ns);
  int ready;
  for (;;) {
    int64_t left = time_left(deadline);
    int ms = left < 0 ? -1 : static_cast<int>(left > INT_MAX * 1000000LL ? INT_MAX : (left + 999999) / 1000000);
    ready = ::poll(p->fds, p->n, ms);
    if (ready >= 0) break;
    if (errno != EINTR) {
      p->running = false;
      return raise_from_errno(errno);
    }
    if (run_pending_signals() < 0) {
      p->running = false;
      return nullptr;
    }
  }
  p->running = false;
  // `ready` counts the registrations with events: exactly the pairs below.
  Object* out = list_new(ready);
  if (!out) return nullptr;
  intptr_t k = 0;
  for (size_t i = 0; i < p->n && k < ready; i++) {
    if (!p->fds[i].revents) continue;
    Object* pair = int_pair(p->fds[i].fd, static_cast<unsigned short>(p->fds[i].revents));
    if (!pair) {
      decref(out);  // the items not yet set are null, which list's dealloc skips
      return nullptr;
    }
    list_set(out, k++, pair);
  }
  return out;
}

MethodDef poll_methods[] = {
    {"register", poll_register, 0,
     "register($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\n"
     "Register a file descriptor with the polling object."},
    {"modify", poll_modify, 0, "modify($self, fd, eventmask, /)\n--\n\nModify an already registered file descriptor."},
    {"unregister", poll_unregister, 0, "unregister($self, fd, /)\n--\n\nRemove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, 0, "poll($self, timeout=None, /)\n--\n\nPolls the set of registered file descriptors.\n\n"
                           "Returns a list containing any descriptors that have events or errors to\nreport, as a list of (fd, event) 2-tuples."},
    {nullptr},
};

Object* select_poll(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("select.poll", nargs, kwnames, 0, 0)) return nullptr;
  return object_alloc(&PollType, sizeof(PollObject));
}

// ---- epoll objects ---------------------------------------------------------------------------------------

struct EpollObject : Object {
  int epfd;               // -1 once closed
  epoll_event* events;    // the poll() buffer
  int cap;
};

TypeObject EpollType;

EpollObject* as_epoll(Object* o) { return static_cast<EpollObject*>(o); }

bool epoll_check_open(Object* self) {
  if (as_epoll(self)->epfd >= 0) return true;
  raise(&exc::ValueError, "I/O operation on closed epoll object");
  return false;
}

void epoll_close_fd(EpollObject* e) {
  if (e->epfd >= 0) {
    ::close(e->epfd);
    e->epfd = -1;
  }
}

void epoll_dealloc(Object* self) {
  epoll_close_fd(as_epoll(self));
  mem_free(as_epoll(self)->events);
  object_free(self);
}

Object* epoll_wrap(TypeObject* type, int fd) {
  Object* o = var_object_alloc(type, 0);
  if (!o) {
    ::close(fd);
    return nullptr;
  }
  as_epoll(o)->epfd = fd;
  return o;
}

Object* epoll_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"sizehint", "flags", nullptr};
  Object* a[2] = {};
  if (!parse_args("epoll", args, nargs, kwnames, kw, 0, a)) return nullptr;
  int sizehint = -1, flags = 0;
  if ((a[0] && !arg_int(a[0], &sizehint)) || (a[1] && !arg_int(a[1], &flags))) return nullptr;
  if (sizehint == 0 || sizehint < -1) return raise(&exc::ValueError, "negative sizehint");
  if (flags && flags != EPOLL_CLOEXEC) return raise(&exc::OSError, "invalid flags");
  int fd = epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return raise_from_errno(errno);
  return epoll_wrap(type, fd);
}

Object* epoll_fromfd(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fromfd", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  return epoll_wrap(static_cast<TypeObject*>(cls), fd);
}

// An epoll event mask: any int that fits 32 bits unsigned.
bool epoll_mask(Object* o, uint32_t* out) {
  int64_t v;
  if (!arg_long(o, &v)) return false;
  if (v < 0 || v > UINT32_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C unsigned int");
    return false;
  }
  *out = static_cast<uint32_t>(v);
  return true;
}

Object* epoll_ctl_impl(Object* self, int op, Object* fdobj, Object* maskobj, uint32_t dflt) {
  int fd;
  uint32_t mask = dflt;
  if (!arg_fileno(fdobj, &fd) || (maskobj && !epoll_mask(maskobj, &mask))) return nullptr;
  if (!epoll_check_open(self)) return nullptr;
  epoll_event ev = {};
  ev.events = mask;
  ev.data.fd = fd;
  if (epoll_ctl(as_epoll(self)->epfd, op, fd, &ev) < 0) return raise_from_errno(errno);
  return None;
}

Object* epoll_register(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fd", "eventmask", nullptr};
  Object* a[2] = {};
  if (!parse_args("register", args, nargs, kwnames, kw, 1, a)) return nullptr;
  return epoll_ctl_impl(self, EPOLL_CTL_ADD, a[0], a[1], EPOLLIN | EPOLLPRI | EPOLLOUT);
}

Object* epoll_modify(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fd", "eventmask", nullptr};
  Object* a[2] = {};
  if (!parse_args("modify", args, nargs, kwnames, kw, 2, a)) return nullptr;
  return epoll_ctl_impl(self, EPOLL_CTL_MOD, a[0], a[1], 0);
}

Object* epoll_unregister(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fd", nullptr};
  Object* a[1] = {};
  if (!parse_args("unregister", args, nargs, kwnames, kw, 1, a)) return nullptr;
  return epoll_ctl_impl(self, EPOLL_CTL_DEL, a[0], nullptr, 0);
}

Object* epoll_poll(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"timeout", "maxevents", nullptr};
  Object* a[2] = {};
  if (!parse_args("poll", args, nargs, kwnames, kw, 0, a)) return nullptr;
  int64_t timeout;
  if (!seconds_timeout(a[0], "timeout must be an integer or None", true, &timeout)) return nullptr;
  int maxevents = -1;
  if (a[1] && !arg_int(a[1], &maxevents)) return nullptr;
  if (maxevents == -1) maxevents = 1023;  // CPython: FD_SETSIZE - 1
  else if (maxevents < 1) return raise(&exc::ValueError, "maxevents must be greater than 0, got %d", maxevents);
  if (!epoll_check_open(self)) return nullptr;
  EpollObject* e = as_epoll(self);
  if (e->cap < maxevents) {
    auto* buf = static_cast<epoll_event*>(mem_realloc(e->events, static_cast<size_t>(maxevents) * sizeof(epoll_event)));
    if (!buf) return raise_no_memory();
    e->events = buf;
    e->cap = maxevents;
  }
  int64_t deadline = deadline_after(timeout);
  int n;
  for (;;) {
    int64_t left = time_left(deadline);
    int ms = left < 0 ? -1 : static_cast<int>(left > INT_MAX * 1000000LL ? INT_MAX : (left + 999999) / 1000000);
    // Re-read the buffer: a handler run below may have grown it.
    n = epoll_wait(e->epfd, e->events, maxevents, ms);
    if (n >= 0) break;
    if (errno != EINTR) return raise_from_errno(errno);
    if (run_pending_signals() < 0) return nullptr;
    if (!epoll_check_open(self)) return nullptr;
  }
  Object* out = list_new(n);
  if (!out) return nullptr;
  for (int i = 0; i < n; i++) {
    Object* pair = int_pair(e->events[i].data.fd, e->events[i].events);
    if (!pair) {
      decref(out);
      return nullptr;
    }
    list_set(out, i, pair);
  }
  return out;
}

Object* epoll_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  epoll_close_fd(as_epoll(self));
  return None;
}

Object* epoll_fileno(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("fileno", nargs, kwnames, 0, 0)) return nullptr;
  if (!epoll_check_open(self)) return nullptr;
  return int_from_i64(as_epoll(self)->epfd);
}

Object* epoll_enter(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__enter__", nargs, kwnames, 0, 0)) return nullptr;
  if (!epoll_check_open(self)) return nullptr;
  return newref(self);
}

Object* epoll_exit(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__exit__", nargs, kwnames, 0, 3)) return nullptr;
  epoll_close_fd(as_epoll(self));
  return None;
}

Object* epoll_get_closed(Object* self) { return bool_from(as_epoll(self)->epfd < 0); }

MethodDef epoll_methods[] = {
    {"register", epoll_register, 0,
     "register($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)\n--\n\n"
     "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, 0, "modify($self, /, fd, eventmask)\n--\n\nModify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, 0, "unregister($self, /, fd)\n--\n\nRemove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, 0, "poll($self, /, timeout=None, maxevents=-1)\n--\n\nWait for events on the epoll file descriptor.\n\n"
                            "Returns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples."},
    {"close", epoll_close, 0, "close($self, /)\n--\n\nClose the epoll control file descriptor."},
    {"fileno", epoll_fileno, 0, "fileno($self, /)\n--\n\nReturn the epoll control file descriptor."},
    {"fromfd", epoll_fromfd, kMethClass, "fromfd($type, fd, /)\n--\n\nCreate an epoll object from a given control fd."},
    {"__enter__", epoll_enter, 0, "__enter__($self, /)\n--\n\n"},
    {"__exit__", epoll_exit, 0, "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)\n--\n\n"},
    {nullptr},
};

GetSetDef epoll_getset[] = {
    {"closed", epoll_get_closed, nullptr, "True if the epoll handler is closed"},
    {nullptr},
};

MethodDef select_methods[] = {
    {"select", select_select, 0,
     "select($module, rlist, wlist, xlist, timeout=None, /)\n--\n\n"
     "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", select_poll, 0, "poll($module, /)\n--\n\nReturns a polling object."},
    {nullptr},
};

#define FROST_SELECT_CONSTANTS(X)                                                                     \
  X(POLLIN) X(POLLPRI) X(POLLOUT) X(POLLERR) X(POLLHUP) X(POLLNVAL) X(POLLRDNORM) X(POLLRDBAND)        \
  X(POLLWRNORM) X(POLLWRBAND) X(POLLMSG) X(POLLRDHUP) X(EPOLLIN) X(EPOLLOUT) X(EPOLLPRI) X(EPOLLERR)   \
  X(EPOLLHUP) X(EPOLLET) X(EPOLLONESHOT) X(EPOLLEXCLUSIVE) X(EPOLLRDHUP) X(EPOLLRDNORM) X(EPOLLRDBAND) \
  X(EPOLLWRNORM) X(EPOLLWRBAND) X(EPOLLMSG) X(EPOLL_CLOEXEC) X(PIPE_BUF)

int select_exec(Object* m) {
  if (!type_has_flag(&PollType, kReady)) {
    PollType.name = "select.poll";
    PollType.basicsize = sizeof(PollObject);
    PollType.doc = "A polling object: register descriptors, then poll() them.";
    PollType.dealloc = poll_dealloc;
    PollType.methods = poll_methods;
    if (type_ready(&PollType) < 0) return -1;
    EpollType.name = "select.epoll";
    EpollType.basicsize = sizeof(EpollObject);
    EpollType.doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.";
    EpollType.dealloc = epoll_dealloc;
    EpollType.new_ = epoll_new;
    EpollType.methods = epoll_methods;
    EpollType.getset = epoll_getset;
    if (type_ready(&EpollType) < 0) return -1;
  }
#define FROST_ADD_CONSTANT(n) \
  if (module_add_int(m, #n, static_cast<int64_t>(static_cast<uint32_t>(n))) < 0) return -1;
  FROST_SELECT_CONSTANTS(FROST_ADD_CONSTANT)
#undef FROST_ADD_CONSTANT
  if (module_add(m, "epoll", &EpollType) < 0 || module_add(m, "error", &exc::OSError) < 0) return -1;
  return 0;
}

ModuleDef select_def = {"select", "This module supports asynchronous I/O on multiple file descriptors.",
                        select_methods, select_exec};
ModuleRegistrar registrar(&select_def);

}  // namespace

}  // namespace frost
