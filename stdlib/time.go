package stdlib

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/minipy/minipy/runtime"
)

// monoBase anchors monotonic() and perf_counter(): Go's monotonic clock has
// no absolute origin, so they count from the process start.
var monoBase = time.Now()

var structTimeDesc = structSeqDesc{module: "time", name: "struct_time", nSeq: 9,
	fields: []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}}

// timeModule holds the per-interpreter struct_time class for the
// functions that build struct_time values.
type timeModule struct {
	structTime *runtime.Type
}

func initTime(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("time")
	st, err := newStructTimeType(ts)
	if err != nil {
		return nil, err
	}
	tm := &timeModule{structTime: st}
	m.Set("struct_time", st)
	runtime.Decref(st)
	addFuncs(m, []funcDef{
		{"time", clockFunc("time", func() float64 { return float64(time.Now().UnixNano()) / 1e9 })},
		{"time_ns", clockNsFunc("time_ns", func() int64 { return time.Now().UnixNano() })},
		{"monotonic", clockFunc("monotonic", monotonicSeconds)},
		{"monotonic_ns", clockNsFunc("monotonic_ns", monotonicNs)},
		{"perf_counter", clockFunc("perf_counter", monotonicSeconds)},
		{"perf_counter_ns", clockNsFunc("perf_counter_ns", monotonicNs)},
		{"process_time", clockFunc("process_time", func() float64 { return float64(processTimeNs()) / 1e9 })},
		{"process_time_ns", clockNsFunc("process_time_ns", processTimeNs)},
		{"thread_time", clockFunc("thread_time", func() float64 { return float64(threadTimeNs()) / 1e9 })},
		{"thread_time_ns", clockNsFunc("thread_time_ns", threadTimeNs)},
		{"sleep", timeSleep},
		{"gmtime", tm.gmtime},
		{"localtime", tm.localtime},
		{"mktime", timeMktime},
		{"asctime", timeAsctime},
		{"ctime", timeCtime},
		{"strftime", timeStrftime},
		{"strptime", timeStrptime},
		{"get_clock_info", timeGetClockInfo},
		{"clock_gettime", timeClockGettime},
		{"clock_gettime_ns", timeClockGettimeNs},
		{"tzset", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("tzset", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
	})
	tz, alt, daylight, names := localZoneInfo()
	addInts(m, []string{"timezone", "altzone", "daylight", "_STRUCT_TM_ITEMS"}, []int64{tz, alt, daylight, 11})
	setNew(m, "tzname", tupleOfStrings(names[:]))
	addInts(m, []string{"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
		"CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"}, []int64{0, 1, 2, 3, 4, 7, 11})
	return m, nil
}

func newStructTimeType(ts *runtime.ThreadState) (*runtime.Type, error) {
	return newStructSeqType(ts, &structTimeDesc)
}

func monotonicNs() int64        { return int64(time.Since(monoBase)) + 1e9 }
func monotonicSeconds() float64 { return float64(monotonicNs()) / 1e9 }

func clockFunc(name string, f func() float64) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.NewFloat(f()), nil
	}
}

func clockNsFunc(name string, f func() int64) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.NewInt(f()), nil
	}
}

// secondsArg converts a duration or timestamp argument as CPython's
// _PyTime_FromSecondsObject does: floats (NaN rejected) or integers through
// __index__.
func secondsArg(ts *runtime.ThreadState, o runtime.Object) (float64, error) {
	if f, ok := runtime.Unwrap(o).(*runtime.Float); ok {
		if math.IsNaN(f.V) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		return f.V, nil
	}
	i, err := runtime.Index(ts, o)
	if err != nil {
		return 0, err
	}
	defer runtime.Decref(i)
	return i.Float()
}

// timeSleep is time.sleep(secs): it sleeps with the GIL released. On the main
// thread a pending signal interrupts the sleep: its Python handler runs, and
// if it raises (KeyboardInterrupt) sleep raises that; otherwise the sleep
// resumes for the time left (PEP 475).
func timeSleep(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("time.sleep", args, kwnames)
	if err != nil {
		return nil, err
	}
	secs, err := secondsArg(ts, x)
	if err != nil {
		return nil, err
	}
	if secs < 0 {
		return nil, runtime.NewValueError("sleep length must be non-negative")
	}
	if secs*1e9 > math.MaxInt64 {
		return nil, runtime.NewOverflowError("timestamp too large to convert to C _PyTime_t")
	}
	deadline := time.Now().Add(time.Duration(secs * 1e9))
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	err = ts.BlockingWait(func(intr <-chan struct{}) bool {
		select {
		case <-timer.C:
			return false
		case <-intr:
			return true
		}
	})
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// timestampArg is the optional seconds argument of gmtime/localtime/ctime:
// None means now; floats are floored.
func timestampArg(ts *runtime.ThreadState, args []runtime.Object) (int64, error) {
	if len(args) == 0 || args[0] == runtime.None {
		return time.Now().Unix(), nil
	}
	f, err := secondsArg(ts, args[0])
	if err != nil {
		return 0, err
	}
	f = math.Floor(f)
	if f >= 9.223372036854775807e18 || f < -9.223372036854775807e18 {
		return 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
	}
	return int64(f), nil
}

// structTimeOf converts a Go time into a struct_time.
func (tm *timeModule) structTimeOf(t time.Time, utc bool) runtime.Object {
	name, off := t.Zone()
	if utc {
		name = "GMT"
	}
	isdst := 0
	if !utc && t.IsDST() {
		isdst = 1
	}
	wday := (int(t.Weekday()) + 6) % 7
	return newStructSeq(tm.structTime, &structTimeDesc, structValues(t.Year(), int(t.Month()), t.Day(),
		t.Hour(), t.Minute(), t.Second(), wday, t.YearDay(), isdst, name, off))
}

func (tm *timeModule) gmtime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("gmtime", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	secs, err := timestampArg(ts, args)
	if err != nil {
		return nil, err
	}
	return tm.structTimeOf(time.Unix(secs, 0).UTC(), true), nil
}

func (tm *timeModule) localtime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("localtime", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	secs, err := timestampArg(ts, args)
	if err != nil {
		return nil, err
	}
	return tm.structTimeOf(time.Unix(secs, 0).Local(), false), nil
}

// tmFields is a broken-down time read from a struct_time or 9-tuple.
type tmFields struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
	hasZone                                            bool
}

// timeTuple reads a struct_time or a 9-sequence; what names the caller in
// errors ("strftime(): illegal time tuple argument").
func timeTuple(ts *runtime.ThreadState, o runtime.Object, fname string) (*tmFields, error) {
	tup, ok := runtime.Unwrap(o).(*runtime.Tuple)
	if !ok {
		return nil, runtime.NewTypeError("Tuple or struct_time argument required")
	}
	if len(tup.Items) != 9 {
		return nil, runtime.NewTypeError("%s(): illegal time tuple argument", fname)
	}
	var v [9]int
	for i, x := range tup.Items {
		n, err := runtime.AsSsize(ts, x)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	t := &tmFields{year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8]}
	if in, ok := o.(*runtime.Instance); ok && in.Dict != nil {
		if z, ok := asStr(in.Dict.GetStr("tm_zone")); ok {
			t.zone, t.hasZone = z, true
		}
		if g, ok := in.Dict.GetStr("tm_gmtoff").(*runtime.Int); ok {
			off, _ := g.Int64()
			t.gmtoff = int(off)
		}
	}
	return t, nil
}

// check validates the fields as CPython's checktm/strftime do, normalising
// zero month, day and day-of-year values.
func (t *tmFields) check() error {
	if t.mon == 0 {
		t.mon = 1
	}
	if t.mday == 0 {
		t.mday = 1
	}
	if t.yday == 0 {
		t.yday = 1
	}
	if t.isdst < -1 {
		t.isdst = -1
	} else if t.isdst > 1 {
		t.isdst = 1
	}
	switch {
	case t.mon < 1 || t.mon > 12:
		return runtime.NewValueError("month out of range")
	case t.mday < 1 || t.mday > 31:
		return runtime.NewValueError("day of month out of range")
	case t.hour < 0 || t.hour > 23:
		return runtime.NewValueError("hour out of range")
	case t.min < 0 || t.min > 59:
		return runtime.NewValueError("minute out of range")
	case t.sec < 0 || t.sec > 61:
		return runtime.NewValueError("seconds out of range")
	case t.wday < 0:
		return runtime.NewValueError("day of week out of range")
	case t.yday < 1 || t.yday > 366:
		return runtime.NewValueError("day of year out of range")
	}
	t.wday %= 7
	return nil
}

// goTime converts to a Go time in the local zone.
func (t *tmFields) goTime() time.Time {
	return time.Date(t.year, time.Month(t.mon), t.mday, t.hour, t.min, t.sec, 0, time.Local)
}

func timeMktime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("time.mktime", args, kwnames)
	if err != nil {
		return nil, err
	}
	t, err := timeTuple(ts, x, "mktime")
	if err != nil {
		return nil, err
	}
	return runtime.NewFloat(float64(t.goTime().Unix())), nil
}

// nowFields is the local time now, as fields.
func nowFields(secs int64) *tmFields {
	tt := time.Unix(secs, 0).Local()
	name, off := tt.Zone()
	isdst := 0
	if tt.IsDST() {
		isdst = 1
	}
	return &tmFields{year: tt.Year(), mon: int(tt.Month()), mday: tt.Day(), hour: tt.Hour(), min: tt.Minute(),
		sec: tt.Second(), wday: (int(tt.Weekday()) + 6) % 7, yday: tt.YearDay(), isdst: isdst,
		zone: name, gmtoff: off, hasZone: true}
}

var (
	dayAbbr   = [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dayName   = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthName = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

func asctimeText(t *tmFields) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", dayAbbr[t.wday%7], monthAbbr[(t.mon-1)%12], t.mday,
		t.hour, t.min, t.sec, t.year)
}

func timeAsctime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("asctime", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	var t *tmFields
	if len(args) == 0 {
		t = nowFields(time.Now().Unix())
	} else {
		var err error
		if t, err = timeTuple(ts, args[0], "asctime"); err != nil {
			return nil, err
		}
		if err := t.check(); err != nil {
			return nil, err
		}
	}
	return runtime.NewStr(asctimeText(t)), nil
}

func timeCtime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("ctime", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	secs, err := timestampArg(ts, args)
	if err != nil {
		return nil, err
	}
	return runtime.NewStr(asctimeText(nowFields(secs))), nil
}

func timeStrftime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("strftime", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	format, ok := asStr(args[0])
	if !ok {
		return nil, runtime.NewTypeError("strftime() argument 1 must be str, not %s", runtime.TypeName(args[0]))
	}
	var t *tmFields
	if len(args) == 1 {
		t = nowFields(time.Now().Unix())
	} else {
		var err error
		if t, err = timeTuple(ts, args[1], "strftime"); err != nil {
			return nil, err
		}
		if err := t.check(); err != nil {
			return nil, err
		}
	}
	return runtime.NewStr(strftime(format, t)), nil
}

// strftime formats t with the C library's directives (C locale).
func strftime(format string, t *tmFields) string {
	var b strings.Builder
	pad2 := func(n int) string { return fmt.Sprintf("%02d", n) }
	hour12 := func() int {
		h := t.hour % 12
		if h == 0 {
			h = 12
		}
		return h
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayAbbr[t.wday])
		case 'A':
			b.WriteString(dayName[t.wday])
		case 'b', 'h':
			b.WriteString(monthAbbr[t.mon-1])
		case 'B':
			b.WriteString(monthName[t.mon-1])
		case 'c':
			b.WriteString(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayAbbr[t.wday], monthAbbr[t.mon-1], t.mday, t.hour, t.min, t.sec, t.year))
		case 'C':
			b.WriteString(pad2(floorDivInt(t.year, 100)))
		case 'd':
			b.WriteString(pad2(t.mday))
		case 'D':
			b.WriteString(fmt.Sprintf("%02d/%02d/%02d", t.mon, t.mday, modInt(t.year, 100)))
		case 'e':
			b.WriteString(fmt.Sprintf("%2d", t.mday))
		case 'F':
			b.WriteString(fmt.Sprintf("%d-%02d-%02d", t.year, t.mon, t.mday))
		case 'g':
			y, _ := isoWeek(t)
			b.WriteString(pad2(modInt(y, 100)))
		case 'G':
			y, _ := isoWeek(t)
			b.WriteString(strconv.Itoa(y))
		case 'H':
			b.WriteString(pad2(t.hour))
		case 'I':
			b.WriteString(pad2(hour12()))
		case 'j':
			b.WriteString(fmt.Sprintf("%03d", t.yday))
		case 'k':
			b.WriteString(fmt.Sprintf("%2d", t.hour))
		case 'l':
			b.WriteString(fmt.Sprintf("%2d", hour12()))
		case 'm':
			b.WriteString(pad2(t.mon))
		case 'M':
			b.WriteString(pad2(t.min))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'P':
			if t.hour < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			p := "AM"
			if t.hour >= 12 {
				p = "PM"
			}
			b.WriteString(fmt.Sprintf("%02d:%02d:%02d %s", hour12(), t.min, t.sec, p))
		case 'R':
			b.WriteString(fmt.Sprintf("%02d:%02d", t.hour, t.min))
		case 's':
			b.WriteString(strconv.FormatInt(t.goTime().Unix(), 10))
		case 'S':
			b.WriteString(pad2(t.sec))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(fmt.Sprintf("%02d:%02d:%02d", t.hour, t.min, t.sec))
		case 'u':
			b.WriteString(strconv.Itoa(t.wday + 1))
		case 'U':
			sunday := (t.wday + 1) % 7
			b.WriteString(pad2((t.yday - 1 + 7 - sunday) / 7))
		case 'V':
			_, w := isoWeek(t)
			b.WriteString(pad2(w))
		case 'w':
			b.WriteString(strconv.Itoa((t.wday + 1) % 7))
		case 'W':
			b.WriteString(pad2((t.yday - 1 + 7 - t.wday) / 7))
		case 'x':
			b.WriteString(fmt.Sprintf("%02d/%02d/%02d", t.mon, t.mday, modInt(t.year, 100)))
		case 'y':
			b.WriteString(pad2(modInt(t.year, 100)))
		case 'Y':
			b.WriteString(strconv.Itoa(t.year))
		case 'z':
			off := t.gmtoff
			if !t.hasZone {
				_, off = t.goTime().Zone()
			}
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteString(fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60))
		case 'Z':
			if t.hasZone {
				b.WriteString(t.zone)
			} else {
				_, _, _, names := localZoneInfo()
				if t.isdst > 0 {
					b.WriteString(names[1])
				} else {
					b.WriteString(names[0])
				}
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// isoWeek is the ISO 8601 year and week of t's date.
func isoWeek(t *tmFields) (int, int) {
	d := time.Date(t.year, time.January, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, t.yday-1)
	return d.ISOWeek()
}

func floorDivInt(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func modInt(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// localZoneInfo computes time.timezone, altzone, daylight and tzname from
// the offsets of January and July of the current year, as CPython does.
func localZoneInfo() (timezone, altzone, daylight int64, names [2]string) {
	year := time.Now().Year()
	jan := time.Date(year, time.January, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(year, time.July, 1, 0, 0, 0, 0, time.Local)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janZone, julZone := int64(-janOff), int64(-julOff)
	if janZone < julZone {
		timezone, altzone, names = julZone, janZone, [2]string{julName, janName}
	} else {
		timezone, altzone, names = janZone, julZone, [2]string{janName, julName}
	}
	if janZone != julZone {
		daylight = 1
	}
	return
}

func timeStrptime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return nil, runtime.NewNotImplementedError("time.strptime is not implemented in minipy")
}

func timeGetClockInfo(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("get_clock_info", args, kwnames)
	if err != nil {
		return nil, err
	}
	name, ok := asStr(x)
	if !ok {
		return nil, runtime.NewTypeError("get_clock_info() argument must be str, not %s", runtime.TypeName(x))
	}
	var impl string
	mono, adjustable := true, false
	switch name {
	case "time":
		impl, mono, adjustable = "clock_gettime(CLOCK_REALTIME)", false, true
	case "monotonic", "perf_counter":
		impl = "clock_gettime(CLOCK_MONOTONIC)"
	case "process_time":
		impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
	case "thread_time":
		impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
	default:
		return nil, runtime.NewValueError("unknown clock")
	}
	ns := newNamespace()
	setStr(ns.dict, "implementation", impl)
	ns.dict.SetStr("monotonic", runtime.NewBool(mono))
	ns.dict.SetStr("adjustable", runtime.NewBool(adjustable))
	res := runtime.NewFloat(1e-09)
	ns.dict.SetStr("resolution", res)
	runtime.Decref(res)
	return ns, nil
}

func clockID(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string) (int, error) {
	x, err := runtime.OneArg(name, args, kwnames)
	if err != nil {
		return 0, err
	}
	return runtime.AsSsize(ts, x)
}

func timeClockGettimeNs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	id, err := clockID(ts, "time.clock_gettime_ns", args, kwnames)
	if err != nil {
		return nil, err
	}
	ns, err := clockGettime(id)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewInt(ns), nil
}

func timeClockGettime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	id, err := clockID(ts, "time.clock_gettime", args, kwnames)
	if err != nil {
		return nil, err
	}
	ns, err := clockGettime(id)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewFloat(float64(ns) / 1e9), nil
}
