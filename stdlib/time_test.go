package stdlib

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/minipy/minipy/runtime"
)

func TestTimeFunctions(t *testing.T) {
	ti := newTestInterp(t, "")
	tm := func(fn string, a ...runtime.Object) string { return ti.result(ti.call("time", fn, a)) }
	epoch := ti.must(ti.call("time", "gmtime", args(vi(0))))
	ti.expect("gmtime(0)", ti.repr(epoch), "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)")
	ti.expect("tm_zone", ti.result(runtime.GetAttrStr(ti.ts, epoch, "tm_zone")), "'GMT'")
	ti.expect("tm_year", ti.result(runtime.GetAttrStr(ti.ts, epoch, "tm_year")), "1970")
	ti.expect("[0]", ti.result(runtime.GetItem(ti.ts, epoch, vi(0))), "1970")
	cases := []struct{ got, want string }{
		{tm("gmtime", vf(1700000000.5)), "time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)"},
		{tm("strftime", vs("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %Z %z %%"), epoch), "'1970-01-01 00:00:00 Thu Thursday Jan January 001 AM 12 70 GMT +0000 %'"},
		{tm("strftime", vs("%c|%x|%X"), epoch), "'Thu Jan  1 00:00:00 1970|01/01/70|00:00:00'"},
		{tm("strftime", vs("%U %W %w %u %G %V %e %D %T %R %C %h"), ti.must(ti.call("time", "gmtime", args(vi(86400*40))))), "'06 06 2 2 1970 07 10 02/10/70 00:00:00 00:00 19 Feb'"},
		{tm("strftime", vi(1)), "TypeError: strftime() argument 1 must be str, not int"},
		{tm("strftime", vs("%Y"), vtuple(vi(2020), vi(1), vi(1), vi(0), vi(0), vi(0), vi(0), vi(1), vi(0))), "'2020'"},
		{tm("strftime", vs("%Y"), vtuple(vi(2020))), "TypeError: strftime(): illegal time tuple argument"},
		{tm("strftime", vs("%d"), vtuple(vi(2020), vi(13), vi(1), vi(0), vi(0), vi(0), vi(0), vi(1), vi(0))), "ValueError: month out of range"},
		{tm("asctime", epoch), "'Thu Jan  1 00:00:00 1970'"},
		{tm("mktime", vi(1)), "TypeError: Tuple or struct_time argument required"},
		{tm("sleep", vi(-1)), "ValueError: sleep length must be non-negative"},
		{tm("sleep", vs("a")), "TypeError: 'str' object cannot be interpreted as an integer"},
		{tm("sleep"), "TypeError: time.sleep() takes exactly one argument (0 given)"},
		{tm("sleep", vf(0)), "None"},
		{tm("get_clock_info", vs("x")), "ValueError: unknown clock"},
		{tm("gmtime", vf(1e20)), "OverflowError: timestamp out of range for platform time_t"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d:\n got  %s\n want %s", i, c.got, c.want)
		}
	}
	ti.expect("struct_time(3)", ti.result(runtime.Call(ti.ts, ti.attr("time", "struct_time"), args(vtuple(vi(1), vi(2), vi(3))), nil)),
		"TypeError: time.struct_time() takes an at least 9-sequence (3-sequence given)")
	// mktime inverts localtime.
	lt := ti.must(ti.call("time", "localtime", args(vi(1000000))))
	ti.expect("mktime(localtime(x))", ti.result(ti.call("time", "mktime", args(lt))), "1000000.0")
	// The clocks move forward.
	a := ti.must(ti.call("time", "monotonic", nil)).(*runtime.Float).V
	b := ti.must(ti.call("time", "perf_counter", nil)).(*runtime.Float).V
	now := ti.must(ti.call("time", "time", nil)).(*runtime.Float).V
	if a <= 0 || b <= 0 || now < 1.6e9 {
		t.Errorf("clocks: monotonic %v perf_counter %v time %v", a, b, now)
	}
}

// TestSleepReleasesGIL checks that another Python thread runs while one
// sleeps.
func TestSleepReleasesGIL(t *testing.T) {
	ti := newTestInterp(t, "")
	in := ti.ts.Interp
	var ran atomic.Bool
	other := in.NewThreadState()
	done := make(chan struct{})
	go func() {
		defer close(done)
		in.GIL.Acquire(other)
		ran.Store(true)
		in.GIL.Release(other)
	}()
	start := time.Now()
	ti.must(ti.call("time", "sleep", args(vf(0.05))))
	if elapsed := time.Since(start); elapsed < 50*time.Millisecond {
		t.Errorf("sleep returned after %v", elapsed)
	}
	<-done
	if !ran.Load() {
		t.Error("the other thread did not run during sleep")
	}
}
