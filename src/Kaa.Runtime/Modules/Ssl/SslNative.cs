using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The system OpenSSL 3 (libssl.so.3 and libcrypto.so.3: the libraries CPython 3.11's _ssl links on
/// Debian, and the ones .NET itself loads), declared with <c>[LibraryImport]</c> so that the NativeAOT
/// build needs no runtime marshalling code. OpenSSL's macros (SSL_CTX_set_min_proto_version,
/// SSL_set_tlsext_host_name, BIO_set_nbio, the session statistics, ...) are their <c>*_ctrl</c> calls.
/// Pointers to OpenSSL objects are plain <c>nint</c>s; their owners free them.
/// </summary>
internal static unsafe partial class SslNative
{
    private const string Ssl = "libssl.so.3";
    private const string Crypto = "libcrypto.so.3";

    // ---- versions, errors, random ------------------------------------------------------------------
    [LibraryImport(Crypto, EntryPoint = "OpenSSL_version_num")] public static partial nuint OpenSslVersionNum();
    [LibraryImport(Crypto, EntryPoint = "OpenSSL_version")] public static partial byte* OpenSslVersion(int type);
    [LibraryImport(Crypto, EntryPoint = "ERR_peek_last_error")] public static partial nuint ErrPeekLastError();
    [LibraryImport(Crypto, EntryPoint = "ERR_get_error")] public static partial nuint ErrGetError();
    [LibraryImport(Crypto, EntryPoint = "ERR_clear_error")] public static partial void ErrClearError();
    [LibraryImport(Crypto, EntryPoint = "ERR_reason_error_string")] public static partial byte* ErrReasonErrorString(nuint e);
    [LibraryImport(Crypto, EntryPoint = "RAND_bytes")] public static partial int RandBytes(byte* buf, int num);
    [LibraryImport(Crypto, EntryPoint = "RAND_status")] public static partial int RandStatus();
    [LibraryImport(Crypto, EntryPoint = "RAND_add")] public static partial void RandAdd(byte* buf, int num, double entropy);

    /// <summary>ERR_GET_LIB (a macro in OpenSSL 3): system errors carry the top bit and belong to ERR_LIB_SYS.</summary>
    public static int ErrLib(nuint e) => (e & 0x80000000) != 0 ? 2 : (int)((e >> 23) & 0xFF);
    /// <summary>ERR_GET_REASON.</summary>
    public static int ErrReason(nuint e) => (e & 0x80000000) != 0 ? (int)(e & 0x7FFFFFFF) : (int)(e & 0x7FFFFF);

    // ---- objects -----------------------------------------------------------------------------------
    [LibraryImport(Crypto, EntryPoint = "OBJ_txt2obj")] public static partial nint ObjTxt2Obj(byte* s, int noName);
    [LibraryImport(Crypto, EntryPoint = "OBJ_nid2obj")] public static partial nint ObjNid2Obj(int nid);
    [LibraryImport(Crypto, EntryPoint = "OBJ_obj2nid")] public static partial int ObjObj2Nid(nint obj);
    [LibraryImport(Crypto, EntryPoint = "OBJ_nid2sn")] public static partial byte* ObjNid2Sn(int nid);
    [LibraryImport(Crypto, EntryPoint = "OBJ_nid2ln")] public static partial byte* ObjNid2Ln(int nid);
    [LibraryImport(Crypto, EntryPoint = "OBJ_sn2nid")] public static partial int ObjSn2Nid(byte* sn);
    [LibraryImport(Crypto, EntryPoint = "OBJ_obj2txt")] public static partial int ObjObj2Txt(byte* buf, int len, nint obj, int noName);
    [LibraryImport(Crypto, EntryPoint = "ASN1_OBJECT_free")] public static partial void Asn1ObjectFree(nint obj);

    // ---- ASN.1 strings, BIOs -----------------------------------------------------------------------
    [LibraryImport(Crypto, EntryPoint = "ASN1_STRING_to_UTF8")] public static partial int Asn1StringToUtf8(byte** @out, nint s);
    [LibraryImport(Crypto, EntryPoint = "ASN1_STRING_get0_data")] public static partial byte* Asn1StringData(nint s);
    [LibraryImport(Crypto, EntryPoint = "ASN1_STRING_length")] public static partial int Asn1StringLength(nint s);
    [LibraryImport(Crypto, EntryPoint = "ASN1_STRING_type")] public static partial int Asn1StringType(nint s);
    [LibraryImport(Crypto, EntryPoint = "ASN1_TIME_print")] public static partial int Asn1TimePrint(nint bio, nint t);
    [LibraryImport(Crypto, EntryPoint = "i2a_ASN1_INTEGER")] public static partial int I2aAsn1Integer(nint bio, nint a);
    [LibraryImport(Crypto, EntryPoint = "a2i_IPADDRESS")] public static partial nint A2iIpAddress(byte* ipasc);
    [LibraryImport(Crypto, EntryPoint = "ASN1_OCTET_STRING_free")] public static partial void Asn1OctetStringFree(nint a);
    [LibraryImport(Crypto, EntryPoint = "CRYPTO_free")] public static partial void CryptoFree(void* p, byte* file, int line);
    [LibraryImport(Crypto, EntryPoint = "BIO_s_mem")] public static partial nint BioSMem();
    [LibraryImport(Crypto, EntryPoint = "BIO_new")] public static partial nint BioNew(nint method);
    [LibraryImport(Crypto, EntryPoint = "BIO_new_file")] public static partial nint BioNewFile(byte* filename, byte* mode);
    [LibraryImport(Crypto, EntryPoint = "BIO_new_mem_buf")] public static partial nint BioNewMemBuf(void* buf, int len);
    [LibraryImport(Crypto, EntryPoint = "BIO_free")] public static partial int BioFree(nint bio);
    [LibraryImport(Crypto, EntryPoint = "BIO_up_ref")] public static partial int BioUpRef(nint bio);
    [LibraryImport(Crypto, EntryPoint = "BIO_read")] public static partial int BioRead(nint bio, void* data, int len);
    [LibraryImport(Crypto, EntryPoint = "BIO_write")] public static partial int BioWrite(nint bio, void* data, int len);
    [LibraryImport(Crypto, EntryPoint = "BIO_ctrl")] public static partial nint BioCtrl(nint bio, int cmd, nint larg, void* parg);
    [LibraryImport(Crypto, EntryPoint = "BIO_test_flags")] public static partial int BioTestFlags(nint bio, int flags);
    [LibraryImport(Crypto, EntryPoint = "BIO_clear_flags")] public static partial void BioClearFlags(nint bio, int flags);
    [LibraryImport(Crypto, EntryPoint = "BIO_set_flags")] public static partial void BioSetFlags(nint bio, int flags);
    public const int BIO_CTRL_EOF = 2, BIO_CTRL_PENDING = 10, BIO_C_SET_NBIO = 102, BIO_C_SET_BUF_MEM_EOF_RETURN = 130;
    public const int BIO_FLAGS_READ = 1, BIO_FLAGS_SHOULD_RETRY = 8;

    /// <summary>The bytes written into a memory BIO so far (BIO_get_mem_data).</summary>
    public static byte[] BioContents(nint bio)
    {
        byte* p;
        nint n = BioCtrl(bio, 3 /* BIO_CTRL_INFO */, 0, &p);
        return n <= 0 ? [] : new ReadOnlySpan<byte>(p, (int)n).ToArray();
    }

    // ---- X.509 -------------------------------------------------------------------------------------
    [LibraryImport(Crypto, EntryPoint = "PEM_read_bio_X509")] public static partial nint PemReadBioX509(nint bio, nint* x, nint cb, nint u);
    [LibraryImport(Crypto, EntryPoint = "PEM_read_bio_X509_AUX")] public static partial nint PemReadBioX509Aux(nint bio, nint* x, nint cb, nint u);
    [LibraryImport(Crypto, EntryPoint = "PEM_write_bio_X509")] public static partial int PemWriteBioX509(nint bio, nint x);
    [LibraryImport(Crypto, EntryPoint = "d2i_X509_bio")] public static partial nint D2iX509Bio(nint bio, nint* x);
    [LibraryImport(Crypto, EntryPoint = "i2d_X509")] public static partial int I2dX509(nint x, byte** @out);
    [LibraryImport(Crypto, EntryPoint = "X509_free")] public static partial void X509Free(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_up_ref")] public static partial int X509UpRef(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get_subject_name")] public static partial nint X509GetSubjectName(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get_issuer_name")] public static partial nint X509GetIssuerName(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get_version")] public static partial nint X509GetVersion(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get_serialNumber")] public static partial nint X509GetSerialNumber(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get0_notBefore")] public static partial nint X509GetNotBefore(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get0_notAfter")] public static partial nint X509GetNotAfter(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_get_ext_d2i")] public static partial nint X509GetExtD2i(nint x, int nid, int* crit, int* idx);
    [LibraryImport(Crypto, EntryPoint = "X509_check_ca")] public static partial int X509CheckCa(nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_cmp")] public static partial int X509Cmp(nint a, nint b);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_entry_count")] public static partial int X509NameEntryCount(nint name);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_get_entry")] public static partial nint X509NameGetEntry(nint name, int loc);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_ENTRY_set")] public static partial int X509NameEntrySet(nint entry);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_ENTRY_get_object")] public static partial nint X509NameEntryGetObject(nint entry);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_ENTRY_get_data")] public static partial nint X509NameEntryGetData(nint entry);
    [LibraryImport(Crypto, EntryPoint = "X509_NAME_print_ex")] public static partial int X509NamePrintEx(nint bio, nint name, int indent, nuint flags);
    [LibraryImport(Crypto, EntryPoint = "GENERAL_NAME_print")] public static partial int GeneralNamePrint(nint bio, nint gen);
    [LibraryImport(Crypto, EntryPoint = "GENERAL_NAMES_free")] public static partial void GeneralNamesFree(nint names);
    [LibraryImport(Crypto, EntryPoint = "AUTHORITY_INFO_ACCESS_free")] public static partial void AuthorityInfoAccessFree(nint a);
    [LibraryImport(Crypto, EntryPoint = "CRL_DIST_POINTS_free")] public static partial void CrlDistPointsFree(nint a);
    [LibraryImport(Crypto, EntryPoint = "OPENSSL_sk_num")] public static partial int SkNum(nint sk);
    [LibraryImport(Crypto, EntryPoint = "OPENSSL_sk_value")] public static partial nint SkValue(nint sk, int i);
    [LibraryImport(Crypto, EntryPoint = "OPENSSL_sk_free")] public static partial void SkFree(nint sk);
    [LibraryImport(Crypto, EntryPoint = "X509_get_default_cert_file_env")] public static partial byte* X509DefaultCertFileEnv();
    [LibraryImport(Crypto, EntryPoint = "X509_get_default_cert_file")] public static partial byte* X509DefaultCertFile();
    [LibraryImport(Crypto, EntryPoint = "X509_get_default_cert_dir_env")] public static partial byte* X509DefaultCertDirEnv();
    [LibraryImport(Crypto, EntryPoint = "X509_get_default_cert_dir")] public static partial byte* X509DefaultCertDir();
    [LibraryImport(Crypto, EntryPoint = "X509_verify_cert_error_string")] public static partial byte* X509VerifyCertErrorString(nint n);
    [LibraryImport(Crypto, EntryPoint = "X509_STORE_add_cert")] public static partial int X509StoreAddCert(nint store, nint x);
    [LibraryImport(Crypto, EntryPoint = "X509_STORE_get0_objects")] public static partial nint X509StoreGet0Objects(nint store);
    [LibraryImport(Crypto, EntryPoint = "X509_OBJECT_get_type")] public static partial int X509ObjectGetType(nint obj);
    [LibraryImport(Crypto, EntryPoint = "X509_OBJECT_get0_X509")] public static partial nint X509ObjectGet0X509(nint obj);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_get_flags")] public static partial nuint X509VerifyParamGetFlags(nint param);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_set_flags")] public static partial int X509VerifyParamSetFlags(nint param, nuint flags);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_clear_flags")] public static partial int X509VerifyParamClearFlags(nint param, nuint flags);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_set_hostflags")] public static partial void X509VerifyParamSetHostflags(nint param, uint flags);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_set1_host")] public static partial int X509VerifyParamSet1Host(nint param, byte* name, nuint len);
    [LibraryImport(Crypto, EntryPoint = "X509_VERIFY_PARAM_set1_ip")] public static partial int X509VerifyParamSet1Ip(nint param, byte* ip, nuint len);
    [LibraryImport(Crypto, EntryPoint = "ERR_set_mark")] public static partial int ErrSetMark();
    [LibraryImport(Crypto, EntryPoint = "ERR_pop_to_mark")] public static partial int ErrPopToMark();
    public const int NID_subject_alt_name = 85, NID_info_access = 177, NID_crl_distribution_points = 103;
    public const int NID_ad_OCSP = 178, NID_ad_ca_issuers = 179;
    public const int X509_LU_X509 = 1, X509_LU_CRL = 2;

    // ---- SSL_CTX -----------------------------------------------------------------------------------
    [LibraryImport(Ssl, EntryPoint = "TLS_method")] public static partial nint TlsMethod();
    [LibraryImport(Ssl, EntryPoint = "TLS_client_method")] public static partial nint TlsClientMethod();
    [LibraryImport(Ssl, EntryPoint = "TLS_server_method")] public static partial nint TlsServerMethod();
    [LibraryImport(Ssl, EntryPoint = "TLSv1_method")] public static partial nint Tls1Method();
    [LibraryImport(Ssl, EntryPoint = "TLSv1_1_method")] public static partial nint Tls11Method();
    [LibraryImport(Ssl, EntryPoint = "TLSv1_2_method")] public static partial nint Tls12Method();
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_new")] public static partial nint CtxNew(nint method);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_free")] public static partial void CtxFree(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_ctrl")] public static partial nint CtxCtrl(nint ctx, int cmd, nint larg, void* parg);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_callback_ctrl")] public static partial nint CtxCallbackCtrl(nint ctx, int cmd, void* fp);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_options")] public static partial ulong CtxSetOptions(nint ctx, ulong op);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_clear_options")] public static partial ulong CtxClearOptions(nint ctx, ulong op);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_options")] public static partial ulong CtxGetOptions(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_verify")] public static partial void CtxSetVerify(nint ctx, int mode, nint cb);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_verify_mode")] public static partial int CtxGetVerifyMode(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_verify_callback")] public static partial nint CtxGetVerifyCallback(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get0_param")] public static partial nint CtxGet0Param(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_cert_store")] public static partial nint CtxGetCertStore(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_cipher_list")] public static partial int CtxSetCipherList(nint ctx, byte* str);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_session_id_context")] public static partial int CtxSetSessionIdContext(nint ctx, byte* sid, uint len);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_post_handshake_auth")] public static partial void CtxSetPostHandshakeAuth(nint ctx, int val);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_num_tickets")] public static partial int CtxSetNumTickets(nint ctx, nuint n);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_num_tickets")] public static partial nuint CtxGetNumTickets(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_security_level")] public static partial int CtxGetSecurityLevel(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_use_certificate_chain_file")] public static partial int CtxUseCertificateChainFile(nint ctx, byte* file);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_use_PrivateKey_file")] public static partial int CtxUsePrivateKeyFile(nint ctx, byte* file, int type);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_check_private_key")] public static partial int CtxCheckPrivateKey(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_default_passwd_cb")] public static partial void CtxSetDefaultPasswdCb(nint ctx, void* cb);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_default_passwd_cb_userdata")] public static partial void CtxSetDefaultPasswdCbUserdata(nint ctx, nint u);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_load_verify_locations")] public static partial int CtxLoadVerifyLocations(nint ctx, byte* file, byte* path);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_default_verify_paths")] public static partial int CtxSetDefaultVerifyPaths(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_ciphers")] public static partial nint CtxGetCiphers(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_alpn_protos")] public static partial int CtxSetAlpnProtos(nint ctx, byte* protos, uint len);
    [LibraryImport(Ssl, EntryPoint = "SSL_select_next_proto")] public static partial int SelectNextProto(byte** @out, byte* outlen, byte* server, uint serverLen, byte* client, uint clientLen);
    [LibraryImport(Crypto, EntryPoint = "X509_subject_name_hash")] public static partial nuint X509SubjectNameHash(nint x);
    [LibraryImport(Crypto, EntryPoint = "PEM_write_bio_X509_AUX")] public static partial int PemWriteBioX509Aux(nint bio, nint x);
    [LibraryImport(Crypto, EntryPoint = "i2d_X509_bio")] public static partial int I2dX509Bio(nint bio, nint x);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_alpn_select_cb")] public static partial void CtxSetAlpnSelectCb(nint ctx, void* cb, nint arg);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_keylog_callback")] public static partial void CtxSetKeylogCallback(nint ctx, void* cb);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_msg_callback")] public static partial void CtxSetMsgCallback(nint ctx, void* cb);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_set_ex_data")] public static partial int CtxSetExData(nint ctx, int idx, nint data);
    [LibraryImport(Ssl, EntryPoint = "SSL_CTX_get_ex_data")] public static partial nint CtxGetExData(nint ctx, int idx);
    [LibraryImport(Crypto, EntryPoint = "PEM_read_bio_DHparams")] public static partial nint PemReadBioDhParams(nint bio, nint x, nint cb, nint u);
    [LibraryImport(Crypto, EntryPoint = "DH_free")] public static partial void DhFree(nint dh);
    public const int SSL_CTRL_SET_TMP_DH = 3, SSL_CTRL_SESS_NUMBER = 20, SSL_CTRL_MODE = 33, SSL_CTRL_SET_TLSEXT_SERVERNAME_CB = 53,
        SSL_CTRL_SET_TLSEXT_HOSTNAME = 55, SSL_CTRL_SET_READ_AHEAD = 41, SSL_CTRL_SET_GROUPS = 91,
        SSL_CTRL_SET_MIN_PROTO_VERSION = 123, SSL_CTRL_SET_MAX_PROTO_VERSION = 124,
        SSL_CTRL_GET_MIN_PROTO_VERSION = 130, SSL_CTRL_GET_MAX_PROTO_VERSION = 131;
    public const int SSL_VERIFY_NONE = 0, SSL_VERIFY_PEER = 1, SSL_VERIFY_FAIL_IF_NO_PEER_CERT = 2, SSL_VERIFY_POST_HANDSHAKE = 8;
    public const int SSL_FILETYPE_PEM = 1;

    // ---- SSL ---------------------------------------------------------------------------------------
    [LibraryImport(Ssl, EntryPoint = "SSL_new")] public static partial nint SslNew(nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_free")] public static partial void SslFree(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_ctrl")] public static partial nint SslCtrl(nint ssl, int cmd, nint larg, void* parg);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_fd")] public static partial int SslSetFd(nint ssl, int fd);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_bio")] public static partial void SslSetBio(nint ssl, nint rbio, nint wbio);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_rbio")] public static partial nint SslGetRbio(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_wbio")] public static partial nint SslGetWbio(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_connect_state")] public static partial void SslSetConnectState(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_accept_state")] public static partial void SslSetAcceptState(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_do_handshake")] public static partial int SslDoHandshake(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_read_ex")] public static partial int SslReadEx(nint ssl, byte* buf, nuint num, nuint* readbytes);
    [LibraryImport(Ssl, EntryPoint = "SSL_write_ex")] public static partial int SslWriteEx(nint ssl, byte* buf, nuint num, nuint* written);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_error")] public static partial int SslGetError(nint ssl, int ret);
    [LibraryImport(Ssl, EntryPoint = "SSL_pending")] public static partial int SslPending(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_shutdown")] public static partial int SslShutdown(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_shutdown")] public static partial int SslGetShutdown(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get1_peer_certificate")] public static partial nint SslGet1PeerCertificate(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_peer_cert_chain")] public static partial nint SslGetPeerCertChain(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get0_verified_chain")] public static partial nint SslGet0VerifiedChain(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_current_cipher")] public static partial nint SslGetCurrentCipher(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_version")] public static partial byte* SslGetVersion(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_is_init_finished")] public static partial int SslIsInitFinished(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get0_alpn_selected")] public static partial void SslGet0AlpnSelected(nint ssl, byte** data, uint* len);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_finished")] public static partial nuint SslGetFinished(nint ssl, byte* buf, nuint count);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_peer_finished")] public static partial nuint SslGetPeerFinished(nint ssl, byte* buf, nuint count);
    [LibraryImport(Ssl, EntryPoint = "SSL_session_reused")] public static partial int SslSessionReused(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_session")] public static partial nint SslGetSession(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get1_session")] public static partial nint SslGet1Session(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_session")] public static partial int SslSetSession(nint ssl, nint session);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_verify_result")] public static partial nint SslGetVerifyResult(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get0_param")] public static partial nint SslGet0Param(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_verify_mode")] public static partial int SslGetVerifyMode(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_verify_callback")] public static partial nint SslGetVerifyCallback(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_verify")] public static partial void SslSetVerify(nint ssl, int mode, nint cb);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_post_handshake_auth")] public static partial void SslSetPostHandshakeAuth(nint ssl, int val);
    [LibraryImport(Ssl, EntryPoint = "SSL_verify_client_post_handshake")] public static partial int SslVerifyClientPostHandshake(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_ciphers")] public static partial nint SslGetCiphers(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_ex_data")] public static partial int SslSetExData(nint ssl, int idx, nint data);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_ex_data")] public static partial nint SslGetExData(nint ssl, int idx);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_SSL_CTX")] public static partial nint SslGetSslCtx(nint ssl);
    [LibraryImport(Ssl, EntryPoint = "SSL_set_SSL_CTX")] public static partial nint SslSetSslCtx(nint ssl, nint ctx);
    [LibraryImport(Ssl, EntryPoint = "SSL_get_servername")] public static partial byte* SslGetServername(nint ssl, int type);
    public const int SSL_ERROR_NONE = 0, SSL_ERROR_SSL = 1, SSL_ERROR_WANT_READ = 2, SSL_ERROR_WANT_WRITE = 3,
        SSL_ERROR_WANT_X509_LOOKUP = 4, SSL_ERROR_SYSCALL = 5, SSL_ERROR_ZERO_RETURN = 6, SSL_ERROR_WANT_CONNECT = 7;
    public const int SSL_RECEIVED_SHUTDOWN = 2;

    // ---- ciphers and sessions ----------------------------------------------------------------------
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_name")] public static partial byte* CipherGetName(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_version")] public static partial byte* CipherGetVersion(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_id")] public static partial uint CipherGetId(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_bits")] public static partial int CipherGetBits(nint c, int* algBits);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_description")] public static partial byte* CipherDescription(nint c, byte* buf, int size);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_is_aead")] public static partial int CipherIsAead(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_cipher_nid")] public static partial int CipherGetCipherNid(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_digest_nid")] public static partial int CipherGetDigestNid(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_kx_nid")] public static partial int CipherGetKxNid(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_CIPHER_get_auth_nid")] public static partial int CipherGetAuthNid(nint c);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_free")] public static partial void SessionFree(nint s);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_get_time")] public static partial nint SessionGetTime(nint s);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_get_timeout")] public static partial nint SessionGetTimeout(nint s);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_get_ticket_lifetime_hint")] public static partial nuint SessionGetTicketLifetimeHint(nint s);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_has_ticket")] public static partial int SessionHasTicket(nint s);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_get_id")] public static partial byte* SessionGetId(nint s, uint* len);
    [LibraryImport(Ssl, EntryPoint = "SSL_SESSION_is_resumable")] public static partial int SessionIsResumable(nint s);

    /// <summary>The NUL-terminated text at <paramref name="s"/> (null for NULL).</summary>
    public static string? Str(byte* s) => s is null ? null : Marshal.PtrToStringUTF8((nint)s);

    /// <summary>OPENSSL_free.</summary>
    public static void Free(void* p) => CryptoFree(p, null, 0);
}
