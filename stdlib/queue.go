package stdlib

import (
	"sync"
	"time"

	"github.com/minipy/minipy/runtime"
)

// queue: Queue, LifoQueue, PriorityQueue and SimpleQueue, written in Go so
// that a hand-off between threads costs one channel operation instead of a
// Python-level condition variable.
//
// The items are Python objects and change only while the GIL is held. A
// queue also has its own mutex (a token lock like _thread.lock) because a
// PriorityQueue compares items with Python's `<`, which may run Python code
// and switch threads in the middle of a heap operation. Blocked getters and
// putters wait, with the GIL released, on a channel of their own that the
// other side signals: the same shape as threading.Condition.

func init() {
	register("queue", initQueue)
	register("_queue", initUnderQueue)
}

var (
	queueEmptyType = runtime.NewExceptionType("Empty", "_queue",
		"Exception raised by Queue.get(block=0)/get_nowait().", runtime.ExceptionType)
	queueFullType = runtime.NewExceptionType("Full", "queue",
		"Exception raised by Queue.put(block=0)/put_nowait().", runtime.ExceptionType)
)

func initUnderQueue(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_queue")
	m.Set("Empty", queueEmptyType)
	m.Set("SimpleQueue", simpleQueueType)
	return m, nil
}

func initQueue(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("queue")
	m.Set("Empty", queueEmptyType)
	m.Set("Full", queueFullType)
	m.Set("Queue", queueType)
	m.Set("LifoQueue", lifoQueueType)
	m.Set("PriorityQueue", priorityQueueType)
	m.Set("SimpleQueue", simpleQueueType)
	all := []runtime.Object{}
	for _, n := range []string{"Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"} {
		all = append(all, runtime.NewStr(n))
	}
	setNew(m, "__all__", runtime.NewList(all))
	return m, nil
}

type queueKind int

const (
	fifo queueKind = iota
	lifo
	priority
)

// waiters is a FIFO of blocked threads, each waiting on its own channel.
type waiters []chan struct{}

// wakeChans recycles the waiters' channels: a hand-off between two threads
// waits once per message.
var wakeChans = sync.Pool{New: func() any { return make(chan struct{}, 1) }}

// add queues a new waiter. It must call done(ch) once it has left the
// queue (woken, or removed after a timeout) with the queue locked.
func (w *waiters) add() chan struct{} {
	ch := wakeChans.Get().(chan struct{})
	*w = append(*w, ch)
	return ch
}

// done recycles the channel of a waiter no longer in any waiters list: no
// one can signal it any more, and a signal that raced with a timeout is
// drained.
func done(ch chan struct{}) {
	select {
	case <-ch:
	default:
	}
	wakeChans.Put(ch)
}

// wake signals the longest waiter, if any.
func (w *waiters) wake() {
	if len(*w) == 0 {
		return
	}
	ch := (*w)[0]
	// Shift rather than reslice, so the list keeps its capacity.
	n := copy(*w, (*w)[1:])
	(*w)[n] = nil
	*w = (*w)[:n]
	ch <- struct{}{}
}

func (w *waiters) wakeAll() {
	for len(*w) > 0 {
		w.wake()
	}
}

func (w *waiters) remove(ch chan struct{}) {
	for i, c := range *w {
		if c == ch {
			*w = append((*w)[:i], (*w)[i+1:]...)
			return
		}
	}
}

type queueObject struct {
	runtime.Header
	kind    queueKind
	maxsize int
	// simple marks a SimpleQueue (no maxsize, no task tracking).
	simple bool
	mutex  lockObject
	items  []runtime.Object
	head   int // fifo: index of the first item
	// getters wait for an item, putters for room, joiners for all tasks done.
	getters, putters, joiners waiters
	unfinished                int
}

func (q *queueObject) Type() *runtime.Type {
	switch {
	case q.simple:
		return simpleQueueType
	case q.kind == lifo:
		return lifoQueueType
	case q.kind == priority:
		return priorityQueueType
	}
	return queueType
}

func queueOf(o runtime.Object) *queueObject { return runtime.Unwrap(o).(*queueObject) }

func (q *queueObject) size() int { return len(q.items) - q.head }

func (q *queueObject) full() bool { return q.maxsize > 0 && q.size() >= q.maxsize }

func (q *queueObject) lock(ts *runtime.ThreadState) error {
	_, err := q.mutex.acquire(ts, true, -1)
	return err
}

func (q *queueObject) unlock() { q.mutex.release() }

// push adds an item (the queue takes a new reference).
func (q *queueObject) push(ts *runtime.ThreadState, item runtime.Object) error {
	runtime.Incref(item)
	q.items = append(q.items, item)
	if q.kind == priority {
		if err := q.siftDown(ts, 0, len(q.items)-1); err != nil {
			return err
		}
	}
	return nil
}

// pop removes the next item, handing its reference to the caller.
func (q *queueObject) pop(ts *runtime.ThreadState) (runtime.Object, error) {
	switch q.kind {
	case lifo:
		n := len(q.items) - 1
		item := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return item, nil
	case priority:
		n := len(q.items) - 1
		last := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		if n == 0 {
			return last, nil
		}
		item := q.items[0]
		q.items[0] = last
		return item, q.siftUp(ts, 0)
	}
	item := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return item, nil
}

func less(ts *runtime.ThreadState, a, b runtime.Object) (bool, error) {
	r, err := runtime.RichCompare(ts, a, b, runtime.CmpLt)
	if err != nil {
		return false, err
	}
	defer runtime.Decref(r)
	return runtime.Truth(ts, r)
}

// siftDown moves the item at pos up towards start while it is smaller than
// its parent (heapq's naming). Items are swapped, so an error leaves a valid
// list.
func (q *queueObject) siftDown(ts *runtime.ThreadState, start, pos int) error {
	h := q.items
	for pos > start {
		parent := (pos - 1) / 2
		lt, err := less(ts, h[pos], h[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[pos], h[parent] = h[parent], h[pos]
		pos = parent
	}
	return nil
}

// siftUp restores the heap below pos after its item was replaced.
func (q *queueObject) siftUp(ts *runtime.ThreadState, pos int) error {
	h := q.items
	for {
		child := 2*pos + 1
		if child >= len(h) {
			return nil
		}
		if r := child + 1; r < len(h) {
			lt, err := less(ts, h[r], h[child])
			if err != nil {
				return err
			}
			if lt {
				child = r
			}
		}
		lt, err := less(ts, h[child], h[pos])
		if err != nil {
			return err
		}
		if !lt {
			return nil
		}
		h[pos], h[child] = h[child], h[pos]
		pos = child
	}
}

// waitOn blocks on ch, with the queue unlocked and the GIL released, until
// signalled or the deadline passes (zero deadline: no limit). The queue is
// locked again on return.
func (q *queueObject) waitOn(ts *runtime.ThreadState, ch chan struct{}, deadline time.Time) error {
	q.unlock()
	var expired <-chan time.Time
	if !deadline.IsZero() {
		t := time.NewTimer(time.Until(deadline))
		defer t.Stop()
		expired = t.C
	}
	err := ts.BlockingWait(func(intr <-chan struct{}) bool {
		if runtime.SpinWait(ch) {
			return false
		}
		select {
		case <-ch:
		case <-expired:
		case <-intr:
			return true
		}
		return false
	})
	if lerr := q.lock(ts); err == nil {
		err = lerr
	}
	return err
}

// blockArgs parses (block=True, timeout=None) into a deadline; ok is false
// for a non-blocking call.
func blockArgs(ts *runtime.ThreadState, blockObj, timeoutObj runtime.Object) (block bool, deadline time.Time, err error) {
	block = true
	if blockObj != nil {
		if block, err = runtime.Truth(ts, blockObj); err != nil {
			return
		}
	}
	if block && !isNone(timeoutObj) {
		var secs float64
		if secs, err = secondsArg(ts, timeoutObj); err != nil {
			return
		}
		if secs < 0 {
			err = runtime.NewValueError("'timeout' must be a non-negative number")
			return
		}
		deadline = time.Now().Add(time.Duration(secs * 1e9))
	}
	return
}

func (q *queueObject) put(ts *runtime.ThreadState, item runtime.Object, block bool, deadline time.Time) error {
	if err := q.lock(ts); err != nil {
		return err
	}
	for q.full() {
		if !block || (!deadline.IsZero() && !time.Now().Before(deadline)) {
			q.unlock()
			return runtime.NewException(queueFullType)
		}
		ch := q.putters.add()
		if err := q.waitOn(ts, ch, deadline); err != nil {
			q.putters.remove(ch)
			done(ch)
			q.unlock()
			return err
		}
		q.putters.remove(ch)
		done(ch)
	}
	err := q.push(ts, item)
	q.unfinished++
	q.getters.wake()
	q.unlock()
	return err
}

func (q *queueObject) get(ts *runtime.ThreadState, block bool, deadline time.Time) (runtime.Object, error) {
	if err := q.lock(ts); err != nil {
		return nil, err
	}
	for q.size() == 0 {
		if !block || (!deadline.IsZero() && !time.Now().Before(deadline)) {
			q.unlock()
			return nil, runtime.NewException(queueEmptyType)
		}
		ch := q.getters.add()
		if err := q.waitOn(ts, ch, deadline); err != nil {
			q.getters.remove(ch)
			done(ch)
			q.unlock()
			return nil, err
		}
		q.getters.remove(ch)
		done(ch)
	}
	item, err := q.pop(ts)
	q.putters.wake()
	if q.size() > 0 {
		// Pass the baton: another item is waiting for another getter.
		q.getters.wake()
	}
	q.unlock()
	return item, err
}

func newQueueType(name, module string, base *runtime.Type, kind queueKind, simple bool) *runtime.Type {
	t := newType(module, name, base)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		q := newObject(&queueObject{kind: kind, simple: simple, mutex: lockObject{wake: make(chan struct{}, 1)}})
		if simple {
			if err := runtime.NoArgs("SimpleQueue", args, kwnames); err != nil {
				runtime.Decref(q)
				return nil, err
			}
			return q, nil
		}
		var maxsize runtime.Object
		if err := runtime.UnpackArgs(ts, "__init__", args, kwnames, "maxsize?", &maxsize); err != nil {
			runtime.Decref(q)
			return nil, err
		}
		if maxsize != nil {
			n, err := runtime.AsSsize(ts, maxsize)
			if err != nil {
				runtime.Decref(q)
				return nil, err
			}
			q.maxsize = n
		}
		return q, nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Dealloc = func(o runtime.Object) {
		q := o.(*queueObject)
		for _, it := range q.items[q.head:] {
			runtime.Decref(it)
		}
		q.items = nil
	}
	putFn := func(name string, nowait bool) runtime.MethodFn {
		return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			item, blockObj, timeoutObj, err := putArgs(ts, name, nowait, args, kwnames)
			if err != nil {
				return nil, err
			}
			block, deadline, err := blockArgs(ts, blockObj, timeoutObj)
			if err != nil {
				return nil, err
			}
			if err := queueOf(self).put(ts, item, block, deadline); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}
	}
	getFn := func(name string, nowait bool) runtime.MethodFn {
		return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			blockObj, timeoutObj, err := getArgs(ts, name, nowait, args, kwnames)
			if err != nil {
				return nil, err
			}
			block, deadline, err := blockArgs(ts, blockObj, timeoutObj)
			if err != nil {
				return nil, err
			}
			return queueOf(self).get(ts, block, deadline)
		}
	}
	methods := []method{
		{name: "put", fn: putFn("put", false)},
		{name: "put_nowait", fn: putFn("put_nowait", true)},
		{name: "get", fn: getFn("get", false)},
		{name: "get_nowait", fn: getFn("get_nowait", true)},
		{name: "qsize", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(int64(queueOf(self).size())), nil
		}},
		{name: "empty", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewBool(queueOf(self).size() == 0), nil
		}},
	}
	if !simple {
		methods = append(methods,
			method{name: "full", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
				return runtime.NewBool(queueOf(self).full()), nil
			}},
			method{name: "task_done", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
				q := queueOf(self)
				if err := q.lock(ts); err != nil {
					return nil, err
				}
				defer q.unlock()
				if q.unfinished <= 0 {
					return nil, runtime.NewValueError("task_done() called too many times")
				}
				q.unfinished--
				if q.unfinished == 0 {
					q.joiners.wakeAll()
				}
				return runtime.None, nil
			}},
			method{name: "join", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
				q := queueOf(self)
				if err := q.lock(ts); err != nil {
					return nil, err
				}
				for q.unfinished > 0 {
					ch := q.joiners.add()
					if err := q.waitOn(ts, ch, time.Time{}); err != nil {
						q.joiners.remove(ch)
						done(ch)
						q.unlock()
						return nil, err
					}
					done(ch) // woken: wakeAll took it off the list
				}
				q.unlock()
				return runtime.None, nil
			}},
		)
		addGetters(t, []getter{
			{name: "maxsize", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
				return runtime.NewInt(int64(queueOf(self).maxsize)), nil
			}, set: func(ts *runtime.ThreadState, self, value runtime.Object) error {
				n, err := runtime.AsSsize(ts, value)
				if err == nil {
					queueOf(self).maxsize = n
				}
				return err
			}},
			{name: "unfinished_tasks", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
				return runtime.NewInt(int64(queueOf(self).unfinished)), nil
			}},
			// queue is a snapshot of the items in queue order (CPython
			// exposes its underlying deque or list).
			{name: "queue", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
				q := queueOf(self)
				items := append([]runtime.Object(nil), q.items[q.head:]...)
				for _, it := range items {
					runtime.Incref(it)
				}
				return runtime.NewList(items), nil
			}},
		})
	}
	addMethods(t, methods)
	return t.Ready()
}

var (
	queueType         = newQueueType("Queue", "queue", nil, fifo, false)
	lifoQueueType     = newQueueType("LifoQueue", "queue", queueType, lifo, false)
	priorityQueueType = newQueueType("PriorityQueue", "queue", queueType, priority, false)
	simpleQueueType   = newQueueType("SimpleQueue", "_queue", nil, fifo, true)
)

// putArgs parses put(item, block=True, timeout=None) or put_nowait(item);
// positional calls skip the argument spec (and its allocations).
func putArgs(ts *runtime.ThreadState, name string, nowait bool, args []runtime.Object, kwnames []string) (item, blockObj, timeoutObj runtime.Object, err error) {
	if len(kwnames) == 0 && len(args) >= 1 && (len(args) == 1 || !nowait && len(args) <= 3) {
		item = args[0]
		if nowait {
			blockObj = runtime.False
		}
		if len(args) >= 2 {
			blockObj = args[1]
		}
		if len(args) == 3 {
			timeoutObj = args[2]
		}
		return
	}
	return putArgsSpec(ts, name, nowait, args, kwnames)
}

func putArgsSpec(ts *runtime.ThreadState, name string, nowait bool, args []runtime.Object, kwnames []string) (item, blockObj, timeoutObj runtime.Object, err error) {
	if nowait {
		err = runtime.UnpackArgs(ts, name, args, kwnames, "item", &item)
		return item, runtime.False, nil, err
	}
	err = runtime.UnpackArgs(ts, name, args, kwnames, "item", &item, "block?", &blockObj, "timeout?", &timeoutObj)
	return
}

// getArgs parses get(block=True, timeout=None) or get_nowait(); positional
// calls skip the argument spec.
func getArgs(ts *runtime.ThreadState, name string, nowait bool, args []runtime.Object, kwnames []string) (blockObj, timeoutObj runtime.Object, err error) {
	if nowait {
		return runtime.False, nil, runtime.NoArgs(name, args, kwnames)
	}
	if len(kwnames) == 0 && len(args) <= 2 {
		if len(args) >= 1 {
			blockObj = args[0]
		}
		if len(args) == 2 {
			timeoutObj = args[1]
		}
		return
	}
	return getArgsSpec(ts, name, args, kwnames)
}

func getArgsSpec(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string) (blockObj, timeoutObj runtime.Object, err error) {
	err = runtime.UnpackArgs(ts, name, args, kwnames, "block?", &blockObj, "timeout?", &timeoutObj)
	return
}
